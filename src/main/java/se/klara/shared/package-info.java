/** Small vocabulary every module may use: roles, the acting user, request ids, web errors. */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.klara.shared;
