package se.klara.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Probable names in a normalised text: first names from {@code privacy/first-names.txt} and words
 * that introduce a name ("heter", "kallas" …).
 *
 * <p>A first name counts only as a whole word written with a capital first letter ("Ahmed", "ANNA";
 * not "anna"): in Swedish only names and the first word of a sentence are capitalised, so this
 * keeps everyday words that are also names ("per", "bo", "max") quiet in running text. Names the
 * list marks as everyday words count only inside a sentence ("Per timme", "Max 5 personer" pass;
 * "med Per" warns); other capitalised first words of a sentence that are names warn. A name that is
 * part of a street or place name ("Nils Ferlins torg", "Maria Magdalena kyrka", "Sankt …") does not
 * count. Naming words count in any case.
 */
final class Names {
  static final String RESOURCE = "/privacy/first-names.txt";

  private static final Set<String> NAMING_WORDS =
      Set.of(
          "heter",
          "hette",
          "kallas",
          "kallades",
          "kallad",
          "kallat",
          "alias",
          "smeknamn",
          "smeknamnet");

  /** Verbs that name someone when followed by "sig": "kallar sig", "kallade sig". */
  private static final Set<String> NAMING_VERBS_WITH_SIG = Set.of("kallar", "kallade", "kallat");

  /** Words that make a preceding name part of a street or place name. */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "torg",
          "torget",
          "gata",
          "gatan",
          "väg",
          "vägen",
          "plan",
          "planen",
          "park",
          "parken",
          "plats",
          "platsen",
          "backe",
          "backen",
          "kyrka",
          "kyrkan",
          "kyrkogård",
          "kyrkogården",
          "skola",
          "skolan",
          "gymnasium",
          "gymnasiet",
          "gränd",
          "gränden",
          "bro",
          "bron",
          "allé",
          "hus",
          "huset",
          "sjukhus",
          "sjukhuset",
          "stig",
          "stigen",
          "trappa",
          "trappan",
          "kaj",
          "kajen",
          "terrass",
          "terrassen",
          "hall",
          "hallen");

  private static final Set<String> SAINTS = Set.of("sankt", "sankta", "s:t", "s:ta");

  private final Set<String> firstNames;
  private final Set<String> everydayWords;

  /**
   * @param firstNames first names, in lower case
   * @param everydayWords those of them that are also everyday words, which count only inside a
   *     sentence
   */
  Names(Set<String> firstNames, Set<String> everydayWords) {
    this.firstNames = Set.copyOf(firstNames);
    this.everydayWords = Set.copyOf(everydayWords);
  }

  /** The first names of the list on the class path. */
  static Names fromClasspath() {
    try (InputStream in = Names.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Set<String> names = new HashSet<>();
      Set<String> everydayWords = new HashSet<>();
      String line;
      while ((line = reader.readLine()) != null) {
        String name = line.strip();
        if (name.isEmpty() || name.startsWith("#")) {
          continue;
        }
        if (name.endsWith("*")) {
          name = name.substring(0, name.length() - 1);
          everydayWords.add(key(name));
        }
        names.add(key(name));
      }
      return new Names(names, everydayWords);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
  }

  int size() {
    return firstNames.size();
  }

  void find(NormalisedText normalised, List<Finding> findings) {
    List<Word> words = words(normalised.text());
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (NAMING_WORDS.contains(word.key())) {
        findings.add(normalised.finding(Finding.Label.NAMING_WORD, word.start(), word.end()));
      } else if (NAMING_VERBS_WITH_SIG.contains(word.key())
          && i + 1 < words.size()
          && words.get(i + 1).key().equals("sig")) {
        findings.add(
            normalised.finding(Finding.Label.NAMING_WORD, word.start(), words.get(i + 1).end()));
      } else if (word.capitalised()
          && firstNames.contains(word.key())
          && !(everydayWords.contains(word.key())
              && startsSentence(normalised.text(), word.start()))
          && !partOfPlaceName(words, i)) {
        findings.add(normalised.finding(Finding.Label.FIRST_NAME, word.start(), word.end()));
      }
    }
  }

  /** Whether only spaces, quotes, brackets or a bullet stand between a sentence's end and here. */
  private static boolean startsSentence(String text, int start) {
    int i = start - 1;
    while (i >= 0
        && (text.charAt(i) == ' '
            || text.charAt(i) == '\t'
            || "\"'«»“”(*•-".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;\n\r".indexOf(text.charAt(i)) >= 0;
  }

  /** "Nils Ferlins torg", "Gustav Vasa kyrka", "Maria skola", "Sankta Maria". */
  private static boolean partOfPlaceName(List<Word> words, int name) {
    if (name > 0 && SAINTS.contains(words.get(name - 1).key())) {
      return true;
    }
    for (int next = name + 1; next < words.size() && next <= name + 3; next++) {
      Word word = words.get(next);
      if (PLACE_WORDS.contains(word.key())) {
        return true;
      }
      if (!word.capitalised()) {
        return false;
      }
    }
    return false;
  }

  private static String key(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Runs of letters (with combining marks), and "s:t" / "s:ta" as one word. */
  private static List<Word> words(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      if (!Character.isLetter(codePoint)) {
        i += Character.charCount(codePoint);
        continue;
      }
      int start = i;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
          break;
        }
        i += Character.charCount(c);
      }
      if (i - start == 1 && (text.charAt(start) == 'S' || text.charAt(start) == 's')) {
        i += abbreviatedSaint(text, i);
      }
      String written = text.substring(start, i);
      words.add(new Word(start, i, key(written), Character.isUpperCase(written.codePointAt(0))));
    }
    return words;
  }

  /** The length of ":t" or ":ta" (of "S:t", "S:ta") at {@code i}, or 0. */
  private static int abbreviatedSaint(String text, int i) {
    for (String suffix : List.of(":ta", ":t")) {
      int end = i + suffix.length();
      if (text.startsWith(suffix, i)
          && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
        return suffix.length();
      }
    }
    return 0;
  }

  private record Word(int start, int end, String key, boolean capitalised) {}
}
