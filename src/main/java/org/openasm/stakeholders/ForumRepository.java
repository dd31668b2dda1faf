package org.openasm.stakeholders;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ForumRepository extends JpaRepository<Forum, Long> {

	Optional<Forum> findByWorkspaceId(Long workspaceId);
}
