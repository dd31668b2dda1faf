package org.openasm.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.openasm.workspace.WorkspaceCreated;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The demo jurisdiction's operators: {@value #INDIVIDUALS} miners spread over the nine districts
 * (names of the region, women and men, born 1960–2005, mostly citizens, some resident foreigners and
 * a few foreigners), {@value #GROUPS} cooperatives and groups with members from their district,
 * {@value #COMPANIES} companies, and two miners registered twice under a slightly different spelling,
 * which the register flags. Generated from a fixed seed, so every demo workspace gets the same people.
 * Runs after the licence categories ({@code @Order(45)}) and before the zones ({@code @Order(56)}) and
 * the licences ({@code @Order(57)}), which read these operators.
 */
@Component
class OperatorDemo {

	static final int INDIVIDUALS = 320;

	static final int GROUPS = 9;

	static final int COMPANIES = 5;

	/** The individual flagged twice-registered pairs: the first spelling registered, then the second. */
	static final List<String[]> NEAR_DUPLICATES = List.of(new String[] { "Aïssata Ouédraogo", "Aissata Ouedraogo" },
			new String[] { "Kwame Mensah", "Kwame Mensa" });

	private static final String[] WOMEN = { "Aïcha", "Fatoumata", "Mariam", "Awa", "Kadiatou", "Aminata", "Salimata", "Rokia", "Adjoa",
			"Akosua", "Ama", "Esi", "Nafissatou", "Hawa", "Djeneba", "Bintou", "Ramatou", "Safiatou", "Oumou", "Grace", "Esther", "Josiane",
			"Clarisse", "Solange", "Abena", "Efua", "Yaa", "Mame", "Ndeye", "Adama" };

	private static final String[] MEN = { "Moussa", "Ibrahim", "Seydou", "Boubacar", "Souleymane", "Issa", "Kofi", "Kwame", "Yaw", "Kwaku",
			"Abdoulaye", "Ousmane", "Drissa", "Lassina", "Mamadou", "Yacouba", "Hamidou", "Salif", "Emmanuel", "Joseph", "Patrice", "Didier",
			"Théophile", "Idrissa", "Karim", "Sékou", "Modibo", "Fodé", "Bakary", "Alassane" };

	private static final String[] SURNAMES = { "Traoré", "Ouédraogo", "Diallo", "Sawadogo", "Koné", "Coulibaly", "Kaboré", "Compaoré",
			"Zongo", "Sanou", "Diarra", "Keïta", "Camara", "Touré", "Sidibé", "Bamba", "Yeboah", "Owusu", "Asante", "Boateng", "Ndiaye", "Sow",
			"Mbaye", "Kamara", "Bangura", "Mbarga", "Ngono", "Kouassi", "Kouamé", "N’Guessan", "Tiendrebeogo", "Nikiema", "Ilboudo", "Dembélé",
			"Fofana", "Cissé", "Konaté", "Sangaré", "Ouattara", "Agyeman" };

	private static final String[] GROUP_NAMES = { "Coopérative des orpailleurs de %s", "%s Women Miners’ Association",
			"Groupement Wend-Panga de %s", "%s Alluvial Gold Cooperative", "Coopérative Benkadi de %s", "%s Sand and Gravel Diggers’ Group",
			"Groupement Teg-Taaba de %s", "%s Tin Miners’ Cooperative", "Coopérative Yiriwa de %s" };

	private static final String[] COMPANY_NAMES = { "Sahel Gravel SARL", "Tambali Alluvial Mining Ltd", "Owela Stone Works SA",
			"Lake Basin Minerals SARL", "Osso Ridge Tin Ltd" };

	private static final String[] ROLES = { "Chair", "Treasurer", "Secretary" };

	private final OperatorRegister register;

	private final AdministrativeAreas areas;

	OperatorDemo(OperatorRegister register, AdministrativeAreas areas) {
		this.register = register;
		this.areas = areas;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	@Order(55)
	void on(WorkspaceCreated event) {
		if (!event.demo()) {
			return;
		}
		long ws = event.workspaceId();
		List<AreaInfo> districts = areas.of(ws).stream().filter(a -> a.parentId() != null).toList();
		if (districts.isEmpty()) {
			return;
		}
		Random random = new Random(55);
		Map<Long, List<String>> keysByDistrict = new HashMap<>();
		Map<Long, List<Long>> peopleByDistrict = new HashMap<>();
		int added = 0;
		while (added < INDIVIDUALS) {
			AreaInfo district = districts.get(added % districts.size());
			boolean woman = random.nextInt(100) < 42;
			String name = (woman ? WOMEN : MEN)[random.nextInt(WOMEN.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
			List<String> keys = keysByDistrict.computeIfAbsent(district.id(), d -> new ArrayList<>());
			String key = Operator.keyOf(name);
			// Only the two pairs below are meant to look like one person registered twice.
			if (keys.stream().anyMatch(k -> NearIdenticalName.matches(k, key))
					|| NEAR_DUPLICATES.stream().anyMatch(p -> NearIdenticalName.matches(Operator.keyOf(p[0]), key))) {
				continue;
			}
			keys.add(key);
			int draw = random.nextInt(100);
			Citizenship citizenship = draw < 88 ? Citizenship.CITIZEN : draw < 97 ? Citizenship.RESIDENT : Citizenship.FOREIGN;
			long id = register.register(ws, individual(name, woman ? Gender.FEMALE : Gender.MALE, 1960 + random.nextInt(46), citizenship,
					district.id(), random), null);
			peopleByDistrict.computeIfAbsent(district.id(), d -> new ArrayList<>()).add(id);
			added++;
		}
		for (String[] pair : NEAR_DUPLICATES) {
			AreaInfo district = districts.get(0);
			Gender gender = pair[0].startsWith("Kwame") ? Gender.MALE : Gender.FEMALE;
			int year = 1975 + random.nextInt(20);
			register.register(ws, individual(pair[0], gender, year, Citizenship.CITIZEN, district.id(), random), null);
			register.register(ws, individual(pair[1], gender, year, Citizenship.CITIZEN, district.id(), random), null);
		}
		for (int g = 0; g < GROUPS; g++) {
			AreaInfo district = districts.get(g % districts.size());
			OperatorForm form = new OperatorForm();
			form.setKind(OperatorKind.GROUP);
			form.setName(String.format(GROUP_NAMES[g], district.name()));
			form.setRegistrationNumber(g % 3 == 2 ? null : String.format("COOP-%s-%04d", district.code() == null ? "XM" : district.code(), 101 + g));
			form.setResidenceAreaId(district.id());
			long groupId = register.register(ws, form, null);
			List<Long> people = peopleByDistrict.getOrDefault(district.id(), List.of());
			int size = Math.min(people.size(), 5 + random.nextInt(8));
			for (int m = 0; m < size; m++) {
				register.addMember(ws, groupId, people.get((m * 3 + g) % people.size()) , m < ROLES.length ? ROLES[m] : "Member");
			}
		}
		for (int c = 0; c < COMPANIES; c++) {
			AreaInfo district = districts.get((c * 2 + 1) % districts.size());
			OperatorForm form = new OperatorForm();
			form.setKind(OperatorKind.COMPANY);
			form.setName(COMPANY_NAMES[c]);
			form.setRegistrationNumber(String.format("RCCM-XM-%d-B-%05d", 2012 + c * 2, 1200 + c * 317));
			form.setResidenceAreaId(district.id());
			form.setPhone(String.format("+229 21 %02d %02d %02d", 30 + c, random.nextInt(100), random.nextInt(100)));
			register.register(ws, form, null);
		}
	}

	private static OperatorForm individual(String name, Gender gender, int birthYear, Citizenship citizenship, long districtId, Random random) {
		OperatorForm form = new OperatorForm();
		form.setKind(OperatorKind.INDIVIDUAL);
		form.setName(name);
		form.setNationalId(String.format("XM%09d", 100_000_000 + random.nextInt(900_000_000)));
		form.setGender(gender);
		form.setBirthYear(birthYear);
		form.setCitizenship(citizenship);
		form.setResidenceAreaId(districtId);
		form.setPhone(random.nextInt(3) == 0 ? null : String.format("+229 9%d %02d %02d %02d", random.nextInt(10), random.nextInt(100),
				random.nextInt(100), random.nextInt(100)));
		return form;
	}
}
