package org.openasm.partners;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openasm.shared.web.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Step 1.4 over HTTP. Creates are repeat-safe with Idempotency-Key; edits carry their version, a stale one gets 409. */
@RestController
@Tag(name = "Partners (1.4)", description = "Partners who help design, finance, implement and monitor the strategy, and their commitments")
class PartnersApi {

	private final PartnersManagement partners;

	PartnersApi(PartnersManagement partners) {
		this.partners = partners;
	}

	record PartnerView(long id, String name, PartnerType type, Set<HelpArea> helpAreas, String asmExperience,
			String contactPerson, String email, String phone, EngagementStatus status, String notes, BigDecimal total,
			String totalCurrency, long version) {
		static PartnerView of(Partner p, BigDecimal total, String currency) {
			return new PartnerView(p.getId(), p.getName(), p.getPartnerType(), p.getHelpAreaSet(), p.getAsmExperience(),
					p.getContactPerson(), p.getEmail(), p.getPhone(), p.getEngagementStatus(), p.getNotes(), total, currency,
					p.getVersion());
		}
	}

	record CommitmentView(long id, long partnerId, BigDecimal amount, String currency, BigDecimal rate, BigDecimal converted,
			int yearFrom, int yearTo, CommitmentStatus status, String purpose, long version) {
		static CommitmentView of(Commitment c) {
			return new CommitmentView(c.getId(), c.getPartner().getId(), c.getAmount(), c.getCurrency(), c.getRate(),
					c.getConverted(), c.getYearFrom(), c.getYearTo(), c.getCommitmentStatus(), c.getPurpose(), c.getVersion());
		}
	}

	record PartnerTotal(long partnerId, String name, BigDecimal total) {
	}

	record TotalsView(String currency, BigDecimal total, Map<CommitmentStatus, BigDecimal> byStatus,
			Map<Integer, BigDecimal> byYear, List<PartnerTotal> byPartner) {
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/partners")
	@Access.Government
	@Operation(summary = "List partners, optionally only those with an engagement status and of a type")
	List<PartnerView> list(@PathVariable long workspaceId, @RequestParam(required = false) EngagementStatus status,
			@RequestParam(required = false) PartnerType type) {
		CommitmentTotals totals = partners.totals(workspaceId);
		String currency = partners.currency(workspaceId);
		return partners.partners(workspaceId, status, type)
			.stream()
			.map(p -> PartnerView.of(p, totals.ofPartner(p.getId()), currency))
			.toList();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/partners/totals")
	@Access.Government
	@Operation(summary = "Commitment totals in the workspace's currency: overall, by status, by year (multi-year commitments spread evenly) and by partner")
	TotalsView totals(@PathVariable long workspaceId) {
		CommitmentTotals totals = partners.totals(workspaceId);
		List<PartnerTotal> byPartner = partners.partners(workspaceId)
			.stream()
			.map(p -> new PartnerTotal(p.getId(), p.getName(), totals.ofPartner(p.getId())))
			.toList();
		return new TotalsView(partners.currency(workspaceId), totals.total(), totals.byStatus(), totals.byYear(), byPartner);
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/partners")
	@Access.Secretariat
	@Operation(summary = "Add a partner; repeat-safe with an Idempotency-Key header")
	ResponseEntity<PartnerView> add(@PathVariable long workspaceId, @Valid @RequestBody PartnerForm form,
			@RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = partners.addPartner(workspaceId, form);
		return ResponseEntity.created(URI.create("/api/v1/workspaces/" + workspaceId + "/partners/" + id)).body(get(workspaceId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}")
	@Access.Government
	@Operation(summary = "One partner, with its commitments' total in the workspace's currency")
	PartnerView get(@PathVariable long workspaceId, @PathVariable long partnerId) {
		Partner partner = partners.partner(workspaceId, partnerId);
		return PartnerView.of(partner, partners.totals(workspaceId, partnerId).total(), partners.currency(workspaceId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}")
	@Access.Secretariat
	@Operation(summary = "Change a partner; send the version you read")
	PartnerView edit(@PathVariable long workspaceId, @PathVariable long partnerId, @Valid @RequestBody PartnerForm form) {
		partners.editPartner(workspaceId, partnerId, form);
		return get(workspaceId, partnerId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}")
	@Access.Secretariat
	@Operation(summary = "Remove a partner and its commitments")
	ResponseEntity<Void> remove(@PathVariable long workspaceId, @PathVariable long partnerId) {
		partners.removePartner(workspaceId, partnerId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}/commitments")
	@Access.Government
	@Operation(summary = "A partner's commitments, each with its amount converted to the workspace's currency")
	List<CommitmentView> commitments(@PathVariable long workspaceId, @PathVariable long partnerId) {
		return partners.commitments(workspaceId, partnerId).stream().map(CommitmentView::of).toList();
	}

	@PostMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}/commitments")
	@Access.Secretariat
	@Operation(summary = "Add a commitment; repeat-safe with an Idempotency-Key header")
	ResponseEntity<CommitmentView> addCommitment(@PathVariable long workspaceId, @PathVariable long partnerId,
			@Valid @RequestBody CommitmentForm form, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		form.setToken(key);
		long id = partners.addCommitment(workspaceId, partnerId, form);
		return ResponseEntity
			.created(URI.create("/api/v1/workspaces/" + workspaceId + "/partners/" + partnerId + "/commitments/" + id))
			.body(commitment(workspaceId, partnerId, id));
	}

	@GetMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}")
	@Access.Government
	@Operation(summary = "One commitment")
	CommitmentView commitment(@PathVariable long workspaceId, @PathVariable long partnerId, @PathVariable long commitmentId) {
		return CommitmentView.of(partners.commitment(workspaceId, partnerId, commitmentId));
	}

	@PutMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}")
	@Access.Secretariat
	@Operation(summary = "Change a commitment; send the version you read")
	CommitmentView editCommitment(@PathVariable long workspaceId, @PathVariable long partnerId, @PathVariable long commitmentId,
			@Valid @RequestBody CommitmentForm form) {
		partners.editCommitment(workspaceId, partnerId, commitmentId, form);
		return commitment(workspaceId, partnerId, commitmentId);
	}

	@DeleteMapping("/api/v1/workspaces/{workspaceId}/partners/{partnerId}/commitments/{commitmentId}")
	@Access.Secretariat
	@Operation(summary = "Remove a commitment")
	ResponseEntity<Void> removeCommitment(@PathVariable long workspaceId, @PathVariable long partnerId,
			@PathVariable long commitmentId) {
		partners.removeCommitment(workspaceId, partnerId, commitmentId);
		return ResponseEntity.noContent().build();
	}
}
