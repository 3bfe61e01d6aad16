package se.klara;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

/** The module graph is acyclic and modules use only each other's public API. */
class ModularityTests {
  private static final ApplicationModules MODULES = ApplicationModules.of(KlaraApplication.class);
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("se.klara");

  @Test
  void modulesFormAnAcyclicGraphAndUseOnlyEachOthersApi() {
    MODULES.verify();
  }

  @Test
  void theExpectedModulesExist() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains(
            "shared",
            "database",
            "audit",
            "directory",
            "areas",
            "accounts",
            "admin",
            "home",
            "demo");
  }

  @Test
  void lowerModulesDoNotReachUp() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "se.klara.shared..", "se.klara.audit..", "se.klara.areas..", "se.klara.places..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "se.klara.accounts..",
            "se.klara.directory..",
            "se.klara.admin..",
            "se.klara.home..",
            "se.klara.demo..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("se.klara.directory..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("se.klara.accounts..", "se.klara.admin..", "se.klara.home..")
        .because("accounts builds on the directory's organisations")
        .check(CLASSES);
    noClasses()
        .that()
        .resideOutsideOfPackages("se.klara.demo..", "se.klara")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("se.klara.demo..")
        .because("nothing may depend on the demo data")
        .check(CLASSES);
  }

  @Test
  void controllersAndRepositoriesAreNotPublic() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(Repository.class)
        .should()
        .notBePublic()
        .check(CLASSES);
  }

  @Test
  void dependenciesAreInjectedThroughConstructors() {
    fields().should().notBeAnnotatedWith(Autowired.class).check(CLASSES);
  }

  @Test
  void everyModuleSaysWhatItIsForInItsPackageInfo() throws IOException {
    Path root = Path.of("src/main/java/se/klara");
    try (Stream<Path> entries = Files.list(root)) {
      List<Path> modules = entries.filter(Files::isDirectory).toList();
      assertThat(modules).hasSizeGreaterThanOrEqualTo(9);
      for (Path module : modules) {
        Path info = module.resolve("package-info.java");
        assertThat(info).as("package-info of %s", module.getFileName()).exists();
        assertThat(Files.readString(info)).as("%s", info).contains("/**");
      }
    }
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
  }
}
