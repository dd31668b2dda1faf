package org.openasm.registry;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fields an import fills and the headers that propose each: a header is compared without case,
 * accents, spaces or punctuation, first whole and then by its last part after a group path separator,
 * since ODK Central and KoBoToolbox write a field inside a group as {@code miner/national_id} or
 * {@code miner-national_id}. The user confirms or changes the proposal before anything is read.
 */
final class ImportColumns {

	/** The operator fields, in the order the mapping form shows them; those required by the mapping are marked. */
	static final List<String> OPERATOR_FIELDS = List.of("name", "first_name", "last_name", "kind", "national_id", "registration_number", "gender",
			"birth_year", "citizenship", "residence_area", "location", "phone", "import_key");

	static final List<String> LICENCE_FIELDS = List.of("number", "holder", "category", "commodity", "starts_on", "ends_on", "status", "geometry",
			"import_key");

	private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

	static {
		ALIASES.put("name", List.of("name", "fullname", "nom", "nomcomplet", "minername", "operatorname", "holdername", "nometprenom"));
		ALIASES.put("first_name", List.of("firstname", "givenname", "prenom", "prenoms"));
		ALIASES.put("last_name", List.of("lastname", "surname", "familyname", "nomdefamille"));
		ALIASES.put("kind", List.of("kind", "operatorkind", "operatortype", "typeofoperator", "typeexploitant"));
		ALIASES.put("national_id", List.of("nationalid", "nationalidnumber", "nid", "nin", "idnumber", "cni", "numeroidentite", "numerocni"));
		ALIASES.put("registration_number", List.of("registrationnumber", "registrationno", "regno", "rccm", "companynumber", "immatriculation"));
		ALIASES.put("gender", List.of("gender", "sex", "sexe", "genre"));
		ALIASES.put("birth_year", List.of("birthyear", "yearofbirth", "anneenaissance", "anneedenaissance", "dateofbirth", "birthdate", "dob",
				"datenaissance", "datedenaissance"));
		ALIASES.put("citizenship", List.of("citizenship", "nationality", "nationalite", "citoyennete"));
		ALIASES.put("residence_area", List.of("residencearea", "residence", "district", "area", "commune", "prefecture", "departement"));
		ALIASES.put("location", List.of("location", "gps", "geopoint", "coordinates", "position", "localisation"));
		ALIASES.put("phone", List.of("phone", "phonenumber", "telephone", "mobile", "tel", "contact"));
		ALIASES.put("import_key", List.of("uuid", "instanceid", "key", "importkey", "submissionid"));
		ALIASES.put("number", List.of("number", "licencenumber", "licensenumber", "permitnumber", "numero", "numeropermis", "licenceno"));
		ALIASES.put("holder", List.of("holder", "holderid", "holdernationalid", "holderregistrationnumber", "titulaire", "holdernumber"));
		ALIASES.put("category", List.of("category", "licencecategory", "licensecategory", "categorie", "type"));
		ALIASES.put("commodity", List.of("commodity", "mineral", "substance", "minerai"));
		ALIASES.put("starts_on", List.of("startson", "start", "startdate", "granted", "grantedon", "datedebut", "debut", "dateoctroi"));
		ALIASES.put("ends_on", List.of("endson", "end", "enddate", "expires", "expireson", "expiry", "datefin", "fin", "dateexpiration"));
		ALIASES.put("status", List.of("status", "statut", "etat"));
		ALIASES.put("geometry", List.of("geometry", "wkt", "area", "boundary", "polygon", "geojson", "perimetre", "shape"));
	}

	private ImportColumns() {
	}

	/** For each field, the column proposed for it (its index), from the headers; each column is proposed once at most. */
	static Map<String, Integer> propose(List<String> headers, List<String> fields) {
		Map<String, Integer> mapping = new LinkedHashMap<>();
		for (boolean whole : new boolean[] { true, false }) {
			for (int i = 0; i < headers.size(); i++) {
				if (mapping.containsValue(i)) {
					continue;
				}
				String header = headers.get(i) == null ? "" : headers.get(i);
				String normalised = normalise(whole ? header : lastPart(header));
				for (String field : fields) {
					if (!mapping.containsKey(field) && ALIASES.getOrDefault(field, List.of()).contains(normalised)) {
						mapping.put(field, i);
						break;
					}
				}
			}
		}
		return mapping;
	}

	/** The last part of a group path: {@code miner/national_id} and {@code miner-national_id} give {@code national_id}. */
	static String lastPart(String header) {
		String h = header.strip();
		int slash = Math.max(h.lastIndexOf('/'), h.lastIndexOf('.'));
		if (slash >= 0) {
			return h.substring(slash + 1);
		}
		int dash = h.lastIndexOf('-');
		return dash >= 0 ? h.substring(dash + 1) : h;
	}

	static String normalise(String header) {
		String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	static OperatorKind kind(String text) {
		return switch (normalise(text)) {
			case "", "individual", "person", "personne", "miner", "individu", "orpailleur", "individuel" -> OperatorKind.INDIVIDUAL;
			case "group", "cooperative", "coop", "groupement", "association" -> OperatorKind.GROUP;
			case "company", "societe", "enterprise", "entreprise", "firm" -> OperatorKind.COMPANY;
			default -> null;
		};
	}

	static Gender gender(String text) {
		return switch (normalise(text)) {
			case "f", "female", "woman", "femme", "feminin" -> Gender.FEMALE;
			case "m", "male", "man", "homme", "h", "masculin" -> Gender.MALE;
			case "other", "autre", "o" -> Gender.OTHER;
			default -> null;
		};
	}

	static Citizenship citizenship(String text) {
		return switch (normalise(text)) {
			case "citizen", "national", "ressortissant", "citoyen", "nationale", "yes", "oui" -> Citizenship.CITIZEN;
			case "resident", "residentforeigner", "etrangerresident", "residence" -> Citizenship.RESIDENT;
			case "foreign", "foreigner", "etranger", "no", "non" -> Citizenship.FOREIGN;
			default -> null;
		};
	}

	/** A year from {@code 1984}, {@code 1984-05-02}, {@code 02/05/1984} or a spreadsheet's {@code 1984.0}; null if none. */
	static Integer year(String text) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)").matcher(text);
		return m.find() ? Integer.valueOf(m.group(1)) : null;
	}
}
