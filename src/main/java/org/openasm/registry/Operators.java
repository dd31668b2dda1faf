package org.openasm.registry;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workspace's registered operators, read-only, for other modules (e.g. the buying scheme checks who sells). */
@Service
@Transactional(readOnly = true)
public class Operators {

	private final OperatorRepository operators;

	Operators(OperatorRepository operators) {
		this.operators = operators;
	}

	/** The operator of this id if it belongs to this workspace. */
	public Optional<OperatorFacts> find(long workspaceId, long operatorId) {
		return operators.findByIdAndWorkspaceId(operatorId, workspaceId).map(Operator::facts);
	}

	/** The individual registered with this national ID (compared as stored: trimmed, case kept). */
	public Optional<OperatorFacts> byNationalId(long workspaceId, String nationalId) {
		return nationalId == null || nationalId.isBlank() ? Optional.empty()
				: operators.findByWorkspaceIdAndNationalId(workspaceId, nationalId.strip()).map(Operator::facts);
	}

	/** The group or company registered with this registration number. */
	public Optional<OperatorFacts> byRegistrationNumber(long workspaceId, String registrationNumber) {
		return registrationNumber == null || registrationNumber.isBlank() ? Optional.empty()
				: operators.findByWorkspaceIdAndRegistrationNumber(workspaceId, registrationNumber.strip()).map(Operator::facts);
	}

	/** How many operators the workspace has registered. */
	public long count(long workspaceId) {
		return operators.countByWorkspaceId(workspaceId);
	}
}
