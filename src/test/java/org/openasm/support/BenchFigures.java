package org.openasm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The figures a benchmark prints (see bench/run): each line goes to standard output and to
 * {@code target/bench/<name>.txt}, which bench/run prints at the end. Also the small statistics
 * benchmarks share.
 */
public final class BenchFigures {

	private final String name;

	private final List<String> lines = new ArrayList<>();

	private BenchFigures(String name) {
		this.name = name;
	}

	/** Figures for a benchmark; {@code name} should say the database too when it matters (e.g. "operator-import-h2"). */
	public static BenchFigures of(String name) {
		return new BenchFigures(name);
	}

	public BenchFigures line(String format, Object... args) {
		String line = String.format(java.util.Locale.ROOT, format, args);
		System.out.println("[bench " + name + "] " + line);
		lines.add(line);
		return this;
	}

	/** Writes the figures out; call once at the end. */
	public void save() {
		try {
			Path dir = Path.of("target", "bench");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".txt"), lines);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The q-th quantile (0–1) of the samples, nearest rank. */
	public static double quantile(double[] samples, double q) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	/** The heap in use after a full collection, in megabytes (as close as the JVM lets a program measure it). */
	public static double usedHeapMb() {
		Runtime rt = Runtime.getRuntime();
		for (int i = 0; i < 3; i++) {
			System.gc();
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
	}
}
