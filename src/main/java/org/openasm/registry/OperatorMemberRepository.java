package org.openasm.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OperatorMemberRepository extends JpaRepository<OperatorMember, Long> {

	List<OperatorMember> findByGroupIdOrderByIdAsc(Long groupId);

	List<OperatorMember> findByMemberIdOrderByIdAsc(Long memberId);

	Optional<OperatorMember> findByGroupIdAndMemberId(Long groupId, Long memberId);
}
