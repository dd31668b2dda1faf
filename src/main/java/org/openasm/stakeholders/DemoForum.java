package org.openasm.stakeholders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openasm.geo.AdministrativeAreas;
import org.openasm.geo.AreaInfo;
import org.springframework.stereotype.Component;

/**
 * The demo jurisdiction's forum, dated from today so that it always reads as a forum that has run for
 * fifteen months: seventeen stakeholders across the guidance's categories, quarterly meetings with
 * realistic attendance (few women at first, more later), inputs and responses linked to what they
 * changed. It is left with the problems a real forum has: the latest minutes are not yet published, a
 * large-scale miner in a land dispute sits outside the forum with no notes on it, and the traditional
 * chiefs' input on royalties has waited more than 30 days, so step 1.2 shows one thing still to do.
 */
@Component
class DemoForum {

	private final ForumRepository forums;

	private final CategoryRepository categories;

	private final StakeholderRepository stakeholders;

	private final MeetingRepository meetings;

	private final AttendanceRepository attendance;

	private final InputRepository inputs;

	private final AdministrativeAreas areas;

	private final ForumManagement forum;

	DemoForum(ForumRepository forums, CategoryRepository categories, StakeholderRepository stakeholders, MeetingRepository meetings,
			AttendanceRepository attendance, InputRepository inputs, AdministrativeAreas areas, ForumManagement forum) {
		this.forums = forums;
		this.categories = categories;
		this.stakeholders = stakeholders;
		this.meetings = meetings;
		this.attendance = attendance;
		this.inputs = inputs;
		this.areas = areas;
		this.forum = forum;
	}

	void seed(long ws) {
		LocalDate today = forum.today();
		Map<StandardCategory, Category> category = new EnumMap<>(StandardCategory.class);
		categories.findByWorkspaceIdOrderById(ws).stream().filter(c -> c.getCode() != null).forEach(c -> category.put(c.getCode(), c));
		List<AreaInfo> known = areas.of(ws);

		Forum f = forums.findByWorkspaceId(ws).orElseThrow();
		ForumForm terms = new ForumForm();
		terms.setName("Meridia National ASM Consultation Forum");
		terms.setChair("Hon. Esi Mensah-Bamba, Minister of Mines");
		terms.setFrequency(MeetingFrequency.QUARTERLY);
		terms.setWomenTarget(30);
		terms.setTermsOfReference("""
				1. Purpose: give miners, mining communities and everyone affected by artisanal and small-scale mining a say in the national ASM strategy, from the context analysis to monitoring.
				2. Members: the stakeholders listed by the task force secretariat, at least one from each of miners' organisations, mining communities and women's groups, from every region with ASM.
				3. Meetings: quarterly, rotating between regions; agenda sent two weeks before; minutes published to members within 30 days.
				4. Inputs: any member may raise an input at a meeting or in writing; the secretariat answers every input within 30 days, saying what was accepted and why.
				5. Conduct: parties to land, water or resource disputes take part; disputes are noted, not settled, in the forum.""");
		f.describe(terms);

		Stakeholder federation = stakeholder(ws, "Meridia Federation of Artisanal Gold Miners", category.get(StandardCategory.MINERS_ASSOCIATIONS), area(known, "Northern Highlands"), "Kofi Asante-Lumu", 1200, 5400, 4, 5, true, null, null);
		Stakeholder kirru = stakeholder(ws, "Kirru Miners' Cooperative", category.get(StandardCategory.MINERS_ASSOCIATIONS), area(known, "Kirru"), "Halima Tuso", 140, 410, 3, 5, true, "land", "The cooperative's pits lie inside the Northern Highlands Gold concession; the Mining Cadastre is mediating.");
		Stakeholder tin = stakeholder(ws, "Lake Basin Tin Diggers' Association", category.get(StandardCategory.MINERS_ASSOCIATIONS), area(known, "Lake Basin"), "Samuel Odhiambo-Reth", 300, 950, 2, 4, true, null, null);
		stakeholder(ws, "Council of Independent Miners' Representatives", category.get(StandardCategory.INDIVIDUAL_MINERS), area(known, "Eastern Plateau"), "Pauline Marasi", 600, 1800, 2, 4, false, null, null);
		Stakeholder osso = stakeholder(ws, "Osso Ridge Community Council", category.get(StandardCategory.MINING_COMMUNITIES), area(known, "Osso Ridge"), "Elder Joseph Nkemba", 2100, 1900, 2, 5, true, "water", "Downstream villages report river siltation from washing plants; the Water Resources Authority is sampling.");
		Stakeholder sundiri = stakeholder(ws, "Sundiri Village Development Committee", category.get(StandardCategory.MINING_COMMUNITIES), area(known, "Sundiri"), "Grace Wanjiru-Sele", 800, 750, 2, 4, true, null, null);
		Stakeholder chiefs = stakeholder(ws, "Council of Chiefs of the Northern Highlands", category.get(StandardCategory.TRADITIONAL_AUTHORITIES), area(known, "Northern Highlands"), "Nana Owusu Kirru II", null, null, 5, 3, true, "land", "Customary landowners claim a share of royalties from licensed ASM areas.");
		Stakeholder women = stakeholder(ws, "Meridia Women in Mining Network", category.get(StandardCategory.WOMENS_GROUPS), null, "Aminata Sow-Dembe", 2300, 0, 2, 5, true, null, null);
		women.assignAccount("demo-stakeholder");
		stakeholder(ws, "Marasi Women Processors' Group", category.get(StandardCategory.WOMENS_GROUPS), area(known, "Marasi"), "Rose Atieno", 180, 0, 1, 4, false, null, null);
		stakeholder(ws, "Youth for Responsible Mining", category.get(StandardCategory.YOUTH_GROUPS), area(known, "Port Selem"), "Daniel Obi-Kamara", 90, 160, 1, 2, false, null, null);
		Stakeholder buyers = stakeholder(ws, "Licensed Gold Buyers' Association", category.get(StandardCategory.TRADERS_BUYERS), null, "Ibrahim Touré-Lenz", 12, 58, 4, 4, true, null, null);
		stakeholder(ws, "Tambali Ore Processing Centre Owners", category.get(StandardCategory.PROCESSORS), area(known, "Tambali"), "Moses Kariuki", 25, 70, 2, 2, false, null, null);
		Stakeholder coalition = stakeholder(ws, "Mercury-Free Meridia Coalition", category.get(StandardCategory.CIVIL_SOCIETY), null, "Dr. Leila Haddad-Mensa", null, null, 3, 5, true, null, null);
		stakeholder(ws, "Northern Highlands Gold Corporation", category.get(StandardCategory.LARGE_SCALE_MINING), area(known, "Northern Highlands"), "Mark Ellison", null, null, 5, 2, false, "land-security", null);
		stakeholder(ws, "Meridia Refining Consortium", category.get(StandardCategory.DOWNSTREAM_COMPANIES), null, "Chen Wei-Lang", null, null, 3, 2, false, null, null);
		Stakeholder university = stakeholder(ws, "University of Meridia, School of Mines", category.get(StandardCategory.ACADEMIA), area(known, "Coastal Lowlands"), "Prof. Nadia Benali", null, null, 2, 3, true, null, null);
		Stakeholder council = stakeholder(ws, "Lake Basin Regional Council", category.get(StandardCategory.LOCAL_GOVERNMENT), area(known, "Lake Basin"), "Cllr. Peter Oduya", null, null, 3, 3, true, null, null);

		// Quarterly meetings, 85 days apart so the rhythm holds whatever today's date; the first had
		// no women's group present, later ones reached the 30% target.
		Meeting m1 = meeting(ws, today.minusDays(440), "Ministry of Mines, Selem", true, "Launch of the forum; terms of reference; the IGF guidance and the steps ahead.",
				"The Minister opened the forum. Members discussed the draft terms of reference and asked for meetings in the regions. The secretariat will circulate the context-analysis plan.");
		Meeting m2 = meeting(ws, today.minusDays(355), "Kirru District Hall", true, "Licensing of artisanal miners; land and concession overlaps.",
				"Miners described the cost and delays of licence applications. The Mining Cadastre presented the overlap with large-scale concessions around Kirru.");
		Meeting m3 = meeting(ws, today.minusDays(270), "Nyaloa Community Centre, Lake Basin", true, "Women in ASM; mercury use in gold processing.",
				"The Women in Mining Network presented the roles of women in processing and trading. Members asked for women-only consultation sessions.");
		Meeting m4 = meeting(ws, today.minusDays(185), "Osso Ridge Primary School", true, "Water and the environment; the draft ASM sector overview.",
				"Community representatives described river siltation. The Water Resources Authority agreed to sample downstream of the washing plants.");
		Meeting m5 = meeting(ws, today.minusDays(100), "Ministry of Mines, Selem", true, "Vision for ASM; typology of ASM in Meridia.",
				"Members reviewed the draft vision. The Council of Chiefs raised royalties for customary landowners.");
		Meeting m6 = meeting(ws, today.minusDays(14), "Owela Town Hall, Eastern Plateau", false, "Prioritising ASM types; the buying scheme.",
				"Draft: members compared the priority of alluvial gold and development minerals. The Gold Buyers' Association presented its members' concerns on the buying scheme.");
		meeting(ws, today.plusDays(70), "Port Selem", false, "Instruments per ASM type; the coherence review.", null);

		attend(m1, List.of(p("Kofi Asante-Lumu", federation, Gender.MAN), p("Halima Tuso", kirru, Gender.WOMAN), p("Samuel Odhiambo-Reth", tin, Gender.MAN),
				p("Elder Joseph Nkemba", osso, Gender.MAN), p("Nana Owusu Kirru II", chiefs, Gender.MAN), p("Ibrahim Touré-Lenz", buyers, Gender.MAN),
				p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Prof. Nadia Benali", university, Gender.WOMAN), p("Cllr. Peter Oduya", council, Gender.MAN),
				p("Yaw Boateng", federation, Gender.MAN), p("Amara Kéïta", null, Gender.MAN), p("Ngozi Okafor", null, Gender.WOMAN),
				p("Jean-Baptiste Mbemba", null, Gender.MAN), p("Tomas Reyes-Banda", null, Gender.MAN), p("Emmanuel Tetteh", council, Gender.MAN),
				p("Abdoulaye Cissé", buyers, Gender.MAN)));
		attend(m2, List.of(p("Kofi Asante-Lumu", federation, Gender.MAN), p("Halima Tuso", kirru, Gender.WOMAN), p("Musa Dangana", kirru, Gender.MAN),
				p("Aminata Sow-Dembe", women, Gender.WOMAN), p("Nana Owusu Kirru II", chiefs, Gender.MAN), p("Grace Wanjiru-Sele", sundiri, Gender.WOMAN),
				p("Ibrahim Touré-Lenz", buyers, Gender.MAN), p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Ngozi Okafor", null, Gender.WOMAN),
				p("Fatoumata Diarra", null, Gender.WOMAN), p("Amara Kéïta", null, Gender.MAN), p("Elder Joseph Nkemba", osso, Gender.MAN),
				p("Yaw Boateng", federation, Gender.MAN), p("Esther Mwale", kirru, Gender.WOMAN)));
		attend(m3, List.of(p("Aminata Sow-Dembe", women, Gender.WOMAN), p("Comfort Adjei", women, Gender.WOMAN), p("Samuel Odhiambo-Reth", tin, Gender.MAN),
				p("Mary Akinyi", tin, Gender.WOMAN), p("Grace Wanjiru-Sele", sundiri, Gender.WOMAN), p("Cllr. Peter Oduya", council, Gender.MAN),
				p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Kofi Asante-Lumu", federation, Gender.MAN), p("Ngozi Okafor", null, Gender.WOMAN),
				p("Jean-Baptiste Mbemba", null, Gender.MAN), p("Prof. Nadia Benali", university, Gender.WOMAN), p("Ibrahim Touré-Lenz", buyers, Gender.MAN),
				p("Elder Joseph Nkemba", osso, Gender.MAN), p("Halima Tuso", kirru, Gender.WOMAN), p("Oluwaseun Adebayo", null, Gender.OTHER)));
		attend(m4, List.of(p("Elder Joseph Nkemba", osso, Gender.MAN), p("Agnes Moyo", osso, Gender.WOMAN), p("Grace Wanjiru-Sele", sundiri, Gender.WOMAN),
				p("Aminata Sow-Dembe", women, Gender.WOMAN), p("Kofi Asante-Lumu", federation, Gender.MAN), p("Halima Tuso", kirru, Gender.WOMAN),
				p("Łukasz Nowak-Ondo", null, Gender.MAN), p("Jean-Baptiste Mbemba", null, Gender.MAN), p("Ngozi Okafor", null, Gender.WOMAN),
				p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Nana Owusu Kirru II", chiefs, Gender.MAN), p("Samuel Odhiambo-Reth", tin, Gender.MAN),
				p("Cllr. Peter Oduya", council, Gender.MAN)));
		attend(m5, List.of(p("Kofi Asante-Lumu", federation, Gender.MAN), p("Halima Tuso", kirru, Gender.WOMAN), p("Aminata Sow-Dembe", women, Gender.WOMAN),
				p("Comfort Adjei", women, Gender.WOMAN), p("Nana Owusu Kirru II", chiefs, Gender.MAN), p("Kwame Appiah-Kirru", chiefs, Gender.MAN),
				p("Elder Joseph Nkemba", osso, Gender.MAN), p("Grace Wanjiru-Sele", sundiri, Gender.WOMAN), p("Ibrahim Touré-Lenz", buyers, Gender.MAN),
				p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Prof. Nadia Benali", university, Gender.WOMAN), p("Amara Kéïta", null, Gender.MAN),
				p("Ngozi Okafor", null, Gender.WOMAN), p("Samuel Odhiambo-Reth", tin, Gender.MAN), p("Cllr. Peter Oduya", council, Gender.MAN),
				p("Yaw Boateng", federation, Gender.MAN), p("Esther Mwale", kirru, Gender.WOMAN)));
		attend(m6, List.of(p("Kofi Asante-Lumu", federation, Gender.MAN), p("Aminata Sow-Dembe", women, Gender.WOMAN), p("Halima Tuso", kirru, Gender.WOMAN),
				p("Ibrahim Touré-Lenz", buyers, Gender.MAN), p("Abdoulaye Cissé", buyers, Gender.MAN), p("Grace Wanjiru-Sele", sundiri, Gender.WOMAN),
				p("Elder Joseph Nkemba", osso, Gender.MAN), p("Dr. Leila Haddad-Mensa", coalition, Gender.WOMAN), p("Ngozi Okafor", null, Gender.WOMAN),
				p("Amara Kéïta", null, Gender.MAN), p("Samuel Odhiambo-Reth", tin, Gender.MAN), p("Mary Akinyi", tin, Gender.WOMAN),
				p("Cllr. Peter Oduya", council, Gender.MAN), p("Nana Owusu Kirru II", chiefs, Gender.MAN)));

		input(federation, m1, "Meet in the regions, not only in Selem",
				"Miners cannot travel to the capital every quarter. Hold forum meetings in the mining regions, in turn.",
				Decision.ACCEPTED, 21, "The terms of reference now rotate meetings between regions; the second meeting was held in Kirru.", "Meeting", m2.getId());
		input(kirru, m2, "Overlap of our pits with the Northern Highlands Gold concession",
				"Our members have mined here for twenty years, before the concession was granted. We ask for the overlap to be mediated and recorded.",
				Decision.ACCEPTED, 18, "The Mining Cadastre opened a mediation; the cooperative's conflict notes record it.", "Stakeholder", kirru.getId());
		input(women, m3, "Women-only consultation sessions",
				"Women processors do not speak freely in mixed meetings. Hold a women-only session before each forum meeting and report it to the forum.",
				Decision.PARTLY_ACCEPTED, 25, "A women-only session will precede the meetings held in the regions; it is not possible in Selem for lack of budget this year. The women's attendance target was set at 30%.", "Forum", f.getId());
		input(coalition, null, today.minusDays(230), "A timetable for phasing out mercury",
				"Meridia is a Party to the Minamata Convention. The strategy should set dates for ending whole-ore amalgamation and the use of mercury in processing centres.",
				Decision.NOT_ACCEPTED, 40, "Not decided in the context analysis: the timetable belongs to the instruments chosen for each ASM type (step 2.3), where the coalition's proposal will be tabled.", null, null);
		input(osso, m4, "Water sampling downstream of the washing plants",
				"We ask the Water Resources Authority to publish its results and to sample every month during the rainy season.",
				Decision.ACCEPTED, 12, "Monthly sampling during the rainy season was agreed; the results are added to the minutes of the next meeting.", "Meeting", m5.getId());
		input(chiefs, m5, "Royalties for customary landowners",
				"Customary landowners should receive a share of the royalties paid by licensed ASM operators on their land.",
				null, 0, null, null, null);
		input(buyers, null, today.minusDays(10), "Buying-scheme prices and payment delays",
				"Our members need to know how the state buying scheme will set its prices and how fast it will pay, before they can support it.",
				null, 0, null, null, null);
		input(women, null, today.minusDays(60), "Childcare at processing sites",
				"Many women bring young children to processing sites. We ask that the strategy consider safe childcare spaces near ASM zones.",
				Decision.PARTLY_ACCEPTED, 20, "The health ministry will include childcare in its ASM health outreach; funding is to be sought from partners.", null, null);
	}

	private Stakeholder stakeholder(long ws, String name, Category category, Long areaId, String contact, Integer women, Integer men,
			int influence, int interest, boolean member, String conflict, String notes) {
		StakeholderForm form = new StakeholderForm();
		form.setName(name);
		form.setCategoryId(category.getId());
		form.setAreaId(areaId);
		form.setContactPerson(contact);
		form.setWomenRepresented(women);
		form.setMenRepresented(men);
		form.setInfluence(influence);
		form.setInterest(interest);
		form.setForumMember(member);
		form.setLandDispute(conflict != null && conflict.startsWith("land"));
		form.setWaterDispute("water".equals(conflict));
		form.setSecurityConcern(conflict != null && conflict.endsWith("security"));
		form.setConflictNotes(notes);
		Stakeholder stakeholder = new Stakeholder(ws);
		stakeholder.describe(form, category);
		return stakeholders.save(stakeholder);
	}

	private static Long area(List<AreaInfo> known, String name) {
		return known.stream().filter(a -> a.name().equals(name)).map(AreaInfo::id).findFirst().orElse(null);
	}

	private Meeting meeting(long ws, LocalDate on, String place, boolean published, String agenda, String minutes) {
		MeetingForm form = new MeetingForm();
		form.setHeldOn(on);
		form.setPlace(place);
		form.setAgenda(agenda);
		form.setMinutes(minutes);
		Meeting meeting = new Meeting(ws);
		meeting.describe(form);
		if (published) {
			meeting.publishMinutes(on.plusDays(12));
		}
		return meetings.save(meeting);
	}

	private record Person(String name, Stakeholder stakeholder, Gender gender) {
	}

	private static Person p(String name, Stakeholder stakeholder, Gender gender) {
		return new Person(name, stakeholder, gender);
	}

	private void attend(Meeting meeting, List<Person> people) {
		List<Attendance> rows = new ArrayList<>();
		people.forEach(p -> rows.add(new Attendance(meeting, p.name(), p.stakeholder(), p.gender())));
		attendance.saveAll(rows);
	}

	private void input(Stakeholder by, Meeting at, String topic, String body, Decision decision, int daysToAnswer, String reason,
			String linkedType, Long linkedId) {
		input(by, at, at.getHeldOn(), topic, body, decision, daysToAnswer, reason, linkedType, linkedId);
	}

	private void input(Stakeholder by, Meeting at, LocalDate raisedOn, String topic, String body, Decision decision, int daysToAnswer,
			String reason, String linkedType, Long linkedId) {
		Input input = new Input(by, at, raisedOn, topic, body);
		if (decision != null) {
			input.respond(decision, reason, raisedOn.plusDays(daysToAnswer), linkedType, linkedId);
		}
		inputs.save(input);
	}
}
