package org.openasm.context;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapacityFunctionRepository extends JpaRepository<CapacityFunction, Long> {

	List<CapacityFunction> findByWorkspaceIdOrderById(Long workspaceId);

	Optional<CapacityFunction> findByIdAndWorkspaceId(Long id, Long workspaceId);
}
