package org.openasm.registry;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.ImportRejected;
import org.openasm.shared.ImportRejected.RowError;
import org.openasm.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry's bulk imports, in two steps: an upload is read and kept with the columns found and a
 * proposed mapping ({@link ImportColumns}); once the user confirms the mapping, the rows are checked
 * and written in the background, one import at a time on each instance, the progress kept in the
 * import's row so any instance can show it. All or nothing: a file with a wrong row writes nothing and
 * keeps the refused rows for the page; a file already imported (same SHA-256) is refused at upload.
 */
@Service
class RegistryImports {

	private static final Logger log = LoggerFactory.getLogger(RegistryImports.class);

	private static final String SEPARATOR = "\u001F";

	enum Subject {
		OPERATORS, LICENCES;

		List<String> fields() {
			return this == OPERATORS ? ImportColumns.OPERATOR_FIELDS : ImportColumns.LICENCE_FIELDS;
		}
	}

	enum Status {
		UPLOADED, RUNNING, DONE, REJECTED, FAILED
	}

	/** An import as its page shows it (the file itself is read only by the run). */
	record ImportRecord(long id, long workspaceId, Subject subject, String fileName, String digest, String format, List<String> columns,
			Map<String, Integer> mapping, Status status, String phase, int rowsTotal, int rowsDone, int rowsAdded, int rowsSkipped,
			int rowsFlagged, List<RowError> errors, Instant createdAt, String createdBy, Instant finishedAt) {

		public int percent() {
			return rowsTotal == 0 ? 0 : Math.min(100, (int) (100L * rowsDone / rowsTotal));
		}

		public boolean finished() {
			return status != Status.UPLOADED && status != Status.RUNNING;
		}
	}

	private final JdbcTemplate jdbc;

	private final OperatorImport operators;

	private final LicenceImport licences;

	private final TransactionTemplate inOne;

	private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "registry-import");
		t.setDaemon(true);
		return t;
	});

	RegistryImports(JdbcTemplate jdbc, OperatorImport operators, LicenceImport licences, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.operators = operators;
		this.licences = licences;
		this.inOne = new TransactionTemplate(transactions);
		this.inOne.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@PreDestroy
	void stop() {
		runner.shutdownNow();
	}

	/** Reads the file (refusing one that cannot be read or was imported already) and keeps it with a proposed mapping; returns the import's id. */
	long upload(long workspaceId, Subject subject, String fileName, byte[] file, String actor) {
		ImportTable table = ImportTable.read(file);
		String digest = sha256(file);
		List<Map<String, Object>> same = jdbc.queryForList("select id, created_at, created_by from registry_import where workspace_id = ?"
				+ " and subject = ? and digest = ? and status = 'DONE' order by id", workspaceId, subject.name(), digest);
		if (!same.isEmpty()) {
			Map<String, Object> first = same.get(0);
			throw new DomainRuleViolation("file", "registry.import.already", ((Number) first.get("id")).longValue(),
					String.valueOf(first.get("created_by")));
		}
		Map<String, Integer> proposed = ImportColumns.propose(table.headers(), subject.fields());
		String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.update(c -> {
			var ps = c.prepareStatement("insert into registry_import (workspace_id, subject, file_name, digest, format, content, columns, mapping,"
					+ " status, rows_total, rows_done, rows_added, rows_skipped, rows_flagged, created_at, created_by)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, 'UPLOADED', ?, 0, 0, 0, 0, ?, ?)", new String[] { "id" });
			ps.setLong(1, workspaceId);
			ps.setString(2, subject.name());
			ps.setString(3, name.length() > 300 ? name.substring(0, 300) : name);
			ps.setString(4, digest);
			ps.setString(5, table.format());
			ps.setBytes(6, file);
			ps.setString(7, String.join(SEPARATOR, table.headers().stream().map(h -> h == null ? "" : h).toList()));
			ps.setString(8, mappingText(proposed));
			ps.setInt(9, table.lines().size());
			ps.setTimestamp(10, now);
			ps.setString(11, actor);
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	ImportRecord get(long workspaceId, long importId) {
		List<ImportRecord> found = jdbc.query("select * from registry_import where workspace_id = ? and id = ?", this::record, workspaceId,
				importId);
		if (found.isEmpty()) {
			throw new RecordNotFoundException("RegistryImport", importId);
		}
		return found.get(0);
	}

	/** The workspace's latest imports, newest first. */
	List<ImportRecord> recent(long workspaceId, int limit) {
		return jdbc.query("select id, workspace_id, subject, file_name, digest, format, '' as columns, mapping, status, phase, rows_total,"
				+ " rows_done, rows_added, rows_skipped, rows_flagged, null as errors, created_at, created_by, finished_at from registry_import"
				+ " where workspace_id = ? order by id desc", ps -> {
					ps.setLong(1, workspaceId);
					ps.setMaxRows(limit);
				}, this::record);
	}

	/**
	 * Confirms the mapping and starts the import in the background; a second confirmation of a running
	 * or finished import changes nothing. A mapping without the fields the subject needs is refused.
	 */
	void start(long workspaceId, long importId, Map<String, Integer> mapping) {
		ImportRecord record = get(workspaceId, importId);
		for (Integer column : mapping.values()) {
			if (column < 0 || column >= record.columns().size()) {
				throw new DomainRuleViolation("mapping", "registry.import.mapping.column");
			}
		}
		if (mapping.values().stream().distinct().count() < mapping.size()) {
			throw new DomainRuleViolation("mapping", "registry.import.mapping.twice");
		}
		List<String> missing = required(record.subject(), mapping);
		if (!missing.isEmpty()) {
			throw new DomainRuleViolation("mapping", "registry.import.mapping.missing", String.join(", ", missing));
		}
		int claimed = jdbc.update("update registry_import set status = 'RUNNING', phase = 'CHECKING', mapping = ? where id = ? and status = 'UPLOADED'",
				mappingText(mapping), importId);
		if (claimed == 1) {
			runner.submit(() -> run(workspaceId, importId));
		}
	}

	static List<String> required(Subject subject, Map<String, Integer> mapping) {
		List<String> missing = new ArrayList<>();
		if (subject == Subject.OPERATORS) {
			if (!mapping.containsKey("name") && !mapping.containsKey("last_name")) {
				missing.add("name");
			}
		}
		else {
			for (String field : List.of("number", "holder", "category", "commodity", "starts_on", "ends_on", "geometry")) {
				if (!mapping.containsKey(field)) {
					missing.add(field);
				}
			}
		}
		return missing;
	}

	private void run(long workspaceId, long importId) {
		try {
			ImportRecord record = get(workspaceId, importId);
			byte[] file = jdbc.queryForObject("select content from registry_import where id = ?", (rs, i) -> rs.getBytes(1), importId);
			ImportTable table = ImportTable.read(file);
			IntConsumer checking = done -> progress(importId, "CHECKING", done);
			IntConsumer writing = done -> progress(importId, "WRITING", done);
			int[] counts;
			if (record.subject() == Subject.OPERATORS) {
				OperatorImport.Plan plan = operators.check(workspaceId, table, record.mapping(), checking);
				progress(importId, "WRITING", 0);
				int added = inOne.execute(s -> operators.write(workspaceId, plan, record.createdBy(), writing));
				counts = new int[] { added, plan.skipped(), plan.flagged() };
			}
			else {
				counts = inOne.execute(s -> licences.run(workspaceId, table, record.mapping(), record.createdBy(), checking, writing));
			}
			jdbc.update("update registry_import set status = 'DONE', phase = null, rows_done = rows_total, rows_added = ?, rows_skipped = ?,"
					+ " rows_flagged = ?, finished_at = ? where id = ?", counts[0], counts[1], counts[2], Timestamp.from(Instant.now()), importId);
		}
		catch (ImportRejected rejected) {
			finish(importId, Status.REJECTED, rejected.errors());
		}
		catch (DataIntegrityViolationException raced) {
			finish(importId, Status.FAILED, List.of(new RowError(1, "file", "registry.import.conflict")));
		}
		catch (RuntimeException ex) {
			log.error("Registry import {} failed", importId, ex);
			finish(importId, Status.FAILED, List.of(new RowError(1, "file", "registry.import.failed")));
		}
	}

	private void progress(long importId, String phase, int done) {
		jdbc.update("update registry_import set phase = ?, rows_done = ? where id = ?", phase, done, importId);
	}

	private void finish(long importId, Status status, List<RowError> errors) {
		jdbc.update("update registry_import set status = ?, phase = null, errors = ?, finished_at = ? where id = ?", status.name(),
				errorsText(errors), Timestamp.from(Instant.now()), importId);
	}

	private ImportRecord record(ResultSet rs, int i) throws SQLException {
		String columns = rs.getString("columns");
		Timestamp finished = rs.getTimestamp("finished_at");
		return new ImportRecord(rs.getLong("id"), rs.getLong("workspace_id"), Subject.valueOf(rs.getString("subject")), rs.getString("file_name"),
				rs.getString("digest"), rs.getString("format"), columns == null || columns.isEmpty() ? List.of() : Arrays.asList(columns.split(SEPARATOR, -1)),
				mapping(rs.getString("mapping")), Status.valueOf(rs.getString("status")), rs.getString("phase"), rs.getInt("rows_total"),
				rs.getInt("rows_done"), rs.getInt("rows_added"), rs.getInt("rows_skipped"), rs.getInt("rows_flagged"), errors(rs.getString("errors")),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), finished == null ? null : finished.toInstant());
	}

	static String mappingText(Map<String, Integer> mapping) {
		StringBuilder s = new StringBuilder();
		mapping.forEach((field, column) -> s.append(s.isEmpty() ? "" : ";").append(field).append('=').append(column));
		return s.toString();
	}

	static Map<String, Integer> mapping(String text) {
		Map<String, Integer> mapping = new LinkedHashMap<>();
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(";")) {
				String[] kv = pair.split("=");
				mapping.put(kv[0], Integer.valueOf(kv[1]));
			}
		}
		return mapping;
	}

	/** One line per error: row, column, key and arguments, tab-separated (tabs and newlines inside values become spaces). */
	static String errorsText(List<RowError> errors) {
		StringBuilder s = new StringBuilder();
		for (RowError e : errors) {
			List<String> parts = new ArrayList<>(List.of(String.valueOf(e.row()), e.column(), e.messageKey()));
			for (Object arg : e.args()) {
				parts.add(String.valueOf(arg));
			}
			s.append(String.join("\t", parts.stream().map(p -> p.replaceAll("[\\t\\r\\n]", " ")).toList())).append('\n');
		}
		return s.toString();
	}

	static List<RowError> errors(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return text.lines().map(line -> {
			String[] parts = line.split("\t", -1);
			return new RowError(Integer.parseInt(parts[0]), parts[1], parts[2], (Object[]) Arrays.copyOfRange(parts, 3, parts.length));
		}).toList();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}
}
