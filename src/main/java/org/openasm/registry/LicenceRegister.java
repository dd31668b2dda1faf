package org.openasm.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's licences, read-only, for other modules (a buying scheme asks whether a seller holds a valid licence). */
@Service
@Transactional(readOnly = true)
public class LicenceRegister {

	private final LicenceRepository licences;

	LicenceRegister(LicenceRepository licences) {
		this.licences = licences;
	}

	/** The licence of this id if it belongs to this workspace. */
	public Optional<LicenceFacts> find(long workspaceId, long licenceId) {
		return licences.findByIdAndWorkspaceId(licenceId, workspaceId).map(LicenceFacts::of);
	}

	/** Every licence the operator holds or held, newest first. */
	public List<LicenceFacts> heldBy(long workspaceId, long operatorId) {
		return licences.findByWorkspaceIdAndHolderIdOrderByStartsOnDescIdDesc(workspaceId, operatorId).stream().map(LicenceFacts::of).toList();
	}

	/** Whether the operator holds a licence that is active and within its dates on this day. */
	public boolean holdsValidLicence(long workspaceId, long operatorId, LocalDate on) {
		return heldBy(workspaceId, operatorId).stream().anyMatch(l -> l.validOn(on));
	}

	/** How many licences hold ground now (active or suspended). */
	public long countHoldingGround(long workspaceId) {
		return licences.countByWorkspaceIdAndStatusIn(workspaceId, List.of(LicenceStatus.ACTIVE, LicenceStatus.SUSPENDED));
	}
}
