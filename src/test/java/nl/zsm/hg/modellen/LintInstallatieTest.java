package nl.zsm.hg.modellen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lint/installeer.mjs, which mvn runs before the Modeler lint: no npm (so no registry) when node_modules was installed
 * from this very package-lock.json, otherwise {@code npm ci --prefer-offline}. A stand-in npm records its calls.
 */
class LintInstallatieTest {

  @TempDir Path map;
  private Path npm;

  @BeforeEach
  void lintMapMetNepNpm() throws Exception {
    assumeTrue(heeftNode(), "node staat niet op het PATH");
    Files.copy(Path.of("lint", "installeer.mjs"), map.resolve("installeer.mjs"));
    Files.writeString(map.resolve("package-lock.json"), "{\"lockfileVersion\": 3, \"versie\": 1}");
    npm = map.resolve("nep-npm.sh");
    Files.writeString(npm, "#!/bin/sh\necho \"$@\" >> aanroepen.txt\nmkdir -p node_modules\nexit ${NEP_NPM_STATUS:-0}\n");
    Files.setPosixFilePermissions(npm, PosixFilePermissions.fromString("rwx------"));
  }

  @Test
  void installeertUitDeLockfileEnSlaatNpmDaarnaOverTotDeLockfileVerandert() throws Exception {
    assertThat(installeer(0)).isZero();
    assertThat(aanroepen()).isEqualTo("ci --no-audit --no-fund --prefer-offline\n");

    assertThat(installeer(0)).isZero();
    assertThat(aanroepen()).as("node_modules past bij de lockfile: geen npm").isEqualTo("ci --no-audit --no-fund --prefer-offline\n");

    Files.writeString(map.resolve("package-lock.json"), "{\"lockfileVersion\": 3, \"versie\": 2}");
    assertThat(installeer(0)).isZero();
    assertThat(aanroepen().lines()).hasSize(2);
  }

  @Test
  void eenMislukteInstallatieFaaltEnWordtDeVolgendeKeerOverGedaan() throws Exception {
    assertThat(installeer(3)).isEqualTo(3);
    assertThat(map.resolve("node_modules").resolve(".zsm-package-lock.json")).doesNotExist();
    assertThat(installeer(0)).isZero();
    assertThat(aanroepen().lines()).hasSize(2);
  }

  private int installeer(int npmStatus) throws Exception {
    ProcessBuilder node = new ProcessBuilder("node", "installeer.mjs").directory(map.toFile()).redirectErrorStream(true)
        .redirectOutput(map.resolve("uitvoer.txt").toFile());
    node.environment().put("ZSM_LINT_NPM", npm.toString());
    node.environment().put("NEP_NPM_STATUS", Integer.toString(npmStatus));
    Process proces = node.start();
    assertThat(proces.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return proces.exitValue();
  }

  private String aanroepen() throws Exception {
    Path bestand = map.resolve("aanroepen.txt");
    return Files.exists(bestand) ? Files.readString(bestand) : "";
  }

  private static boolean heeftNode() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      return false;
    }
  }
}
