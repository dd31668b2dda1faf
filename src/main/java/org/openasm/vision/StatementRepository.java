package org.openasm.vision;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<VisionStatement, Long> {

	Optional<VisionStatement> findByWorkspaceId(Long workspaceId);
}
