package org.openasm.registry;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	Optional<Application> findByIdAndWorkspaceId(Long id, Long workspaceId);

	Optional<Application> findByWorkspaceIdAndNumber(Long workspaceId, String number);

	Page<Application> findByWorkspaceId(Long workspaceId, Pageable page);

	Page<Application> findByWorkspaceIdAndStatusIn(Long workspaceId, Collection<ApplicationStatus> statuses, Pageable page);

	long countByWorkspaceId(Long workspaceId);

	long countByWorkspaceIdAndStatusIn(Long workspaceId, Collection<ApplicationStatus> statuses);
}
