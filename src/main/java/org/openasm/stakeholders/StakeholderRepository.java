package org.openasm.stakeholders;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StakeholderRepository extends JpaRepository<Stakeholder, Long> {

	List<Stakeholder> findByWorkspaceIdOrderByName(Long workspaceId);

	Optional<Stakeholder> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Stakeholder> findByWorkspaceIdAndAccountIgnoreCase(Long workspaceId, String account);

	boolean existsByCategory(Category category);
}
