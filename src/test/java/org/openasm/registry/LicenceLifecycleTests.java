package org.openasm.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openasm.shared.DomainRuleViolation;
import org.openasm.shared.StaleEditException;
import org.openasm.support.OpenAsmTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A licence's life after its grant: renewed by its category's duration, suspended and reinstated,
 * transferred to an eligible holder only, revoked, expired when its end date has passed; each change a
 * line of its history, a public event, and (when its ground changes) a new spatial sequence number.
 */
@OpenAsmTest
@Import(LicensingFixtures.class)
@RecordApplicationEvents
class LicenceLifecycleTests {

	@Autowired
	LicensingFixtures fx;

	@Autowired
	Licensing licensing;

	@Autowired
	LicenceRegister register;

	@Autowired
	ApplicationEvents events;

	long ws;

	long amina;

	long artisanal;

	long licenceId;

	@BeforeEach
	void aLicence() {
		ws = fx.jurisdiction("Lifecycle");
		amina = fx.individual(ws, "Amina Diallo", Citizenship.CITIZEN);
		artisanal = fx.category(ws, "Artisanal", LicenceEligibility.CITIZENS, "2", 24);
		licenceId = fx.licence(ws, "OLD-1", amina, artisanal, LicensingFixtures.square(1.0, 9.0, 0.01), LocalDate.of(2026, 1, 1),
				LocalDate.of(2027, 12, 31));
	}

	List<LicenceEventKind> kinds() {
		List<LicenceEventKind> kinds = new ArrayList<>();
		licensing.history(ws, licenceId).forEach(e -> kinds.add(e.getKind()));
		return kinds;
	}

	@Test
	void aRenewalAddsTheCategoryDurationToTheEndDateOnceForTheVersionRead() {
		long version = licensing.licence(ws, licenceId).getVersion();
		licensing.renew(ws, licenceId, new RenewalForm(version, "Fees paid"));
		assertThat(licensing.licence(ws, licenceId).getEndsOn()).isEqualTo(LocalDate.of(2029, 12, 31));
		assertThatThrownBy(() -> licensing.renew(ws, licenceId, new RenewalForm(version, "Fees paid"))).isInstanceOf(StaleEditException.class);
		assertThat(licensing.licence(ws, licenceId).getEndsOn()).isEqualTo(LocalDate.of(2029, 12, 31));
		assertThat(kinds()).containsExactly(LicenceEventKind.IMPORTED, LicenceEventKind.RENEWED);
		assertThat(events.stream(LicenceRenewed.class)).containsExactly(new LicenceRenewed(ws, licenceId, LocalDate.of(2029, 12, 31)));
	}

	@Test
	void aSuspendedLicenceKeepsItsGroundIsNotValidAndIsReinstatedOnce() {
		long seqBefore = licensing.licence(ws, licenceId).getSpatialSeq();
		licensing.suspend(ws, licenceId, "Mercury found in the tailings");
		Licence suspended = licensing.licence(ws, licenceId);
		assertThat(suspended.getStatus()).isEqualTo(LicenceStatus.SUSPENDED);
		assertThat(suspended.getSpatialSeq()).isGreaterThan(seqBefore);
		assertThat(register.countHoldingGround(ws)).isEqualTo(1);
		assertThat(register.holdsValidLicence(ws, amina, LocalDate.of(2026, 6, 1))).isFalse();
		assertThatThrownBy(() -> licensing.suspend(ws, licenceId, "again")).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.suspend.notActive");
		licensing.reinstate(ws, licenceId, "Tailings cleaned");
		assertThatThrownBy(() -> licensing.reinstate(ws, licenceId, null)).isInstanceOf(DomainRuleViolation.class);
		assertThat(register.holdsValidLicence(ws, amina, LocalDate.of(2026, 6, 1))).isTrue();
		assertThat(kinds()).containsExactly(LicenceEventKind.IMPORTED, LicenceEventKind.SUSPENDED, LicenceEventKind.REINSTATED);
		assertThat(licensing.history(ws, licenceId).get(1).getReason()).isEqualTo("Mercury found in the tailings");
		assertThat(events.stream(LicenceSuspended.class)).containsExactly(new LicenceSuspended(ws, licenceId, "Mercury found in the tailings"));
		assertThat(events.stream(LicenceReinstated.class)).containsExactly(new LicenceReinstated(ws, licenceId));
	}

	@Test
	void aSuspensionNeedsAReason() {
		assertThatThrownBy(() -> licensing.suspend(ws, licenceId, " ")).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.reason.required");
		assertThat(licensing.licence(ws, licenceId).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
	}

	@Test
	void aRevokedLicenceFreesItsGroundAndCannotBeRenewedNorRevokedAgain() {
		licensing.revoke(ws, licenceId, "Worked outside its area");
		assertThat(register.countHoldingGround(ws)).isZero();
		long version = licensing.licence(ws, licenceId).getVersion();
		assertThatThrownBy(() -> licensing.renew(ws, licenceId, new RenewalForm(version, null))).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.renew.notHeld");
		assertThatThrownBy(() -> licensing.revoke(ws, licenceId, "again")).isInstanceOf(DomainRuleViolation.class);
		assertThat(events.stream(LicenceRevoked.class)).hasSize(1);
	}

	@Test
	void aTransferGoesOnlyToAnEligibleHolder() {
		long foreigner = fx.individual(ws, "John Smith", Citizenship.FOREIGN);
		long cooperative = fx.group(ws, "Coopérative de Kéniéba");
		long binta = fx.individual(ws, "Binta Keita", Citizenship.CITIZEN);
		assertThatThrownBy(() -> licensing.transfer(ws, licenceId, foreigner, "Sold")).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.transfer.notEligible");
		assertThatThrownBy(() -> licensing.transfer(ws, licenceId, cooperative, "Sold")).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.transfer.notEligible");
		assertThatThrownBy(() -> licensing.transfer(ws, licenceId, amina, "Same")).isInstanceOf(DomainRuleViolation.class)
			.hasMessage("registry.licence.transfer.sameHolder");
		licensing.transfer(ws, licenceId, binta, "Inherited");
		assertThat(licensing.licence(ws, licenceId).getHolderId()).isEqualTo(binta);
		LicenceEvent last = licensing.history(ws, licenceId).get(1);
		assertThat(last.getKind()).isEqualTo(LicenceEventKind.TRANSFERRED);
		assertThat(last.getPreviousHolderId()).isEqualTo(amina);
		assertThat(last.getHolderId()).isEqualTo(binta);
		assertThat(register.heldBy(ws, amina)).isEmpty();
		assertThat(register.heldBy(ws, binta)).extracting(LicenceFacts::number).containsExactly("OLD-1");
		assertThat(events.stream(LicenceTransferred.class)).containsExactly(new LicenceTransferred(ws, licenceId, amina, binta));
	}

	@Test
	void licencesPastTheirEndDateExpireOnceTheDayAfter() {
		long other = fx.licence(ws, "OLD-2", amina, artisanal, LicensingFixtures.square(1.1, 9.0, 0.01), LocalDate.of(2024, 1, 1),
				LocalDate.of(2026, 3, 31));
		assertThat(licensing.expireDue(ws, LocalDate.of(2026, 3, 31))).isZero();
		assertThat(licensing.workspacesWithDue(LocalDate.of(2026, 4, 1))).contains(ws);
		assertThat(licensing.expireDue(ws, LocalDate.of(2026, 4, 1))).isEqualTo(1);
		assertThat(licensing.expireDue(ws, LocalDate.of(2026, 4, 1))).isZero();
		assertThat(licensing.licence(ws, other).getStatus()).isEqualTo(LicenceStatus.EXPIRED);
		assertThat(licensing.licence(ws, licenceId).getStatus()).isEqualTo(LicenceStatus.ACTIVE);
		assertThat(events.stream(LicenceExpired.class)).containsExactly(new LicenceExpired(ws, other, LocalDate.of(2026, 3, 31)));
		assertThat(register.countHoldingGround(ws)).isEqualTo(1);
	}
}
