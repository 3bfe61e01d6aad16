package se.klara.incidents;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.klara.areas.Area;

/**
 * The incident categories of an area. The standard set follows the seed: violent crime and drug
 * crime (a detection-dependent crime) are its indicators; the rest are what police incident
 * reports, reported crimes and guard logs in Klara commonly hold.
 */
@Service
public class IncidentVocabulary {
  /** A category of the standard set. */
  public record StandardCategory(String code, String nameSv, String nameEn) {}

  public static final List<StandardCategory> STANDARD =
      List.of(
          new StandardCategory("violent-crime", "Våldsbrott", "Violent crime"),
          new StandardCategory("assault", "Misshandel", "Assault"),
          new StandardCategory("robbery", "Rån", "Robbery"),
          new StandardCategory("threat", "Hot", "Threat"),
          new StandardCategory("sexual-offence", "Sexualbrott", "Sexual offence"),
          new StandardCategory(
              "drug-possession",
              "Narkotikabrott (innehav/eget bruk)",
              "Drug offence (possession/own use)"),
          new StandardCategory(
              "drug-dealing", "Narkotikabrott (överlåtelse)", "Drug offence (dealing)"),
          new StandardCategory("theft", "Stöld", "Theft"),
          new StandardCategory("pickpocketing", "Ficktjuveri", "Pickpocketing"),
          new StandardCategory("vandalism", "Skadegörelse", "Vandalism"),
          new StandardCategory("graffiti", "Klotter", "Graffiti"),
          new StandardCategory("public-disorder", "Ordningsstörning", "Public disorder"),
          new StandardCategory("drunkenness", "Berusning (LOB)", "Drunkenness (LOB)"),
          new StandardCategory("weapons", "Vapen", "Weapons"),
          new StandardCategory("fraud", "Bedrägeri", "Fraud"),
          new StandardCategory("fire", "Brand", "Fire"),
          new StandardCategory("traffic", "Trafik", "Traffic"),
          new StandardCategory(
              "person-in-need",
              "Person i behov av hjälp/omhändertagande",
              "Person in need of help/care"),
          new StandardCategory("fight", "Bråk", "Fight"),
          new StandardCategory("other", "Övrigt", "Other"));

  private final JdbcClient jdbc;

  IncidentVocabulary(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds the standard categories the area lacks (by code); existing ones stay as they are. */
  @Transactional
  public void addStandard(Area area) {
    int position = 0;
    for (StandardCategory category : STANDARD) {
      position += 10;
      jdbc.sql(
              """
              insert into incident_category (area_id, code, name_sv, name_en, position)
              values (?, ?, ?, ?, ?) on conflict (area_id, code) do nothing
              """)
          .params(area.id(), category.code(), category.nameSv(), category.nameEn(), position)
          .update();
    }
  }

  public List<IncidentCategory> categories(long areaId) {
    return jdbc.sql(
            """
            select id, code, name_sv, name_en from incident_category
            where area_id = ? order by position, code
            """)
        .param(areaId)
        .query(IncidentCategory.class)
        .list();
  }

  /** Category ids of the area by code. */
  Map<String, Long> idsByCode(long areaId) {
    return categories(areaId).stream()
        .collect(Collectors.toMap(IncidentCategory::code, IncidentCategory::id));
  }
}
