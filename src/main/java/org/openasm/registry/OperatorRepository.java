package org.openasm.registry;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorRepository extends JpaRepository<Operator, Long> {

	Optional<Operator> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Operator> findByWorkspaceIdAndNationalId(Long workspaceId, String nationalId);

	Optional<Operator> findByWorkspaceIdAndRegistrationNumber(Long workspaceId, String registrationNumber);
}
