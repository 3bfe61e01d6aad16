/** Named places within an area, such as Plattan within Sergels torg. */
package se.klara.places;
