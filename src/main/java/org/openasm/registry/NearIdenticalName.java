package org.openasm.registry;

import java.util.Arrays;

/**
 * Whether two operator names are near-identical, so the second may be the first registered again: the
 * normalised Levenshtein similarity of their {@link Operator#keyOf keys} (1 − edits ÷ length of the
 * longer) is at least {@value #THRESHOLD}, comparing the keys as written and with their words sorted
 * (so “Traoré Aïcha” matches “Aïcha Traoré”).
 * <p>
 * Why 0.85: it lets through one edit in every seven letters, so a typical 12–20 letter name with one
 * typing slip or a transliteration variant (“Aicha”/“Aisha”, “Mamadou”/“Amadou”, “Kone”/“Koné” already
 * equal once accents go) still matches, while two people who share a common first name but not a
 * surname (“Moussa Diallo”/“Moussa Diarra”: 3 edits in 13, 0.77) do not. Only names of the same kind
 * and the same district are compared; a match is a flag for an officer, never a refusal.
 */
final class NearIdenticalName {

	static final double THRESHOLD = 0.85;

	private NearIdenticalName() {
	}

	static boolean matches(String keyA, String keyB) {
		return similarity(keyA, keyB) >= THRESHOLD;
	}

	/** The higher of the similarities of the keys as written and with their words sorted. */
	static double similarity(String keyA, String keyB) {
		double plain = levenshteinSimilarity(keyA, keyB);
		if (plain >= THRESHOLD) {
			return plain;
		}
		return Math.max(plain, levenshteinSimilarity(sortedWords(keyA), sortedWords(keyB)));
	}

	static double levenshteinSimilarity(String a, String b) {
		int longer = Math.max(a.length(), b.length());
		if (longer == 0) {
			return 1;
		}
		// More edits than this cannot reach the threshold: skip the full distance for clearly different names.
		int allowed = (int) Math.floor(longer * (1 - THRESHOLD));
		if (Math.abs(a.length() - b.length()) > allowed) {
			return 1 - (double) Math.abs(a.length() - b.length()) / longer;
		}
		return 1 - (double) levenshtein(a, b) / longer;
	}

	static int levenshtein(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	static String sortedWords(String key) {
		String[] words = key.split(" ");
		Arrays.sort(words);
		return String.join(" ", words);
	}
}
