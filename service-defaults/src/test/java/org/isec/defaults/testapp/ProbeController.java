package org.isec.defaults.testapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.isec.defaults.problem.ConflictException;
import org.isec.defaults.problem.ForbiddenException;
import org.isec.defaults.problem.InvalidInputException;
import org.isec.defaults.problem.NotFoundException;
import org.isec.defaults.security.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that end in each kind of problem a service can meet. */
@RestController
@RequestMapping("/api/test")
public class ProbeController {

    public enum Region { LOMBARDIA, PIEMONTE }

    public record Organization(@NotBlank String legalName, @Pattern(regexp = "IT\\d{11}") String vatNumber) {
    }

    public record Lot(@NotBlank String title) {
    }

    public record Application(@NotNull @Valid Organization organization,
                              @NotEmpty List<@NotBlank String> languages,
                              @JsonProperty("charter_accepted") @NotNull @AssertTrue Boolean charterAccepted,
                              Region region,
                              Integer employees,
                              List<@Valid Lot> lots) {
    }

    @PostMapping("/applications")
    Map<String, Object> apply(@Valid @RequestBody Application application, Caller caller) {
        return Map.of("legalName", application.organization().legalName(), "by", caller.userId());
    }

    public record Measure(Double weight, java.math.BigDecimal amount, java.time.Instant at, java.time.LocalDate day,
                          List<String> tags) {
    }

    @PostMapping("/measures")
    Map<String, Object> measure(@RequestBody Measure measure) {
        return Map.of("ok", true);
    }

    @PostMapping("/echo")
    Map<String, Object> echo(@RequestBody Map<String, Object> body) {
        return Map.of("size", body.size());
    }

    @GetMapping("/items/{id}")
    Object item(@PathVariable UUID id) {
        throw new NotFoundException("item", id.toString());
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam @Min(1) int page, @RequestParam Region region) {
        return Map.of("page", page, "region", region);
    }

    @PostMapping("/conflict")
    Object conflict() {
        throw new ConflictException("ALREADY_DECIDED", "The application was already approved.");
    }

    @GetMapping("/forbidden")
    Object forbidden() {
        throw new ForbiddenException("MEMBER_SUSPENDED", "A suspended member cannot bid.");
    }

    @PostMapping("/rules")
    Object rules() {
        throw InvalidInputException.builder()
                .add("budget.min", "must not exceed budget.max")
                .add("bidDeadline", "must be in the future")
                .build();
    }

    @GetMapping("/boom")
    Object boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @GetMapping("/lock")
    Object lock() {
        throw new OptimisticLockingFailureException("version 3 expected");
    }

    @GetMapping("/duplicate")
    Object duplicate() {
        throw new DuplicateKeyException("E11000 duplicate key error");
    }

    @GetMapping("/operator")
    @PreAuthorize("hasRole('OPERATOR')")
    Map<String, Object> operatorOnly(Caller caller) {
        return Map.of("operator", caller.isOperator());
    }

    @GetMapping("/me")
    Map<String, Object> me(Caller caller) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("userId", caller.userId());
        me.put("username", caller.username());
        me.put("email", caller.email());
        me.put("orgId", caller.orgId());
        me.put("roles", caller.roles());
        return me;
    }

    @GetMapping("/my-organisation")
    Map<String, Object> myOrganisation(Caller caller) {
        return Map.of("orgId", caller.requireOrgId());
    }

    @GetMapping("/public/hello")
    Map<String, Object> hello() {
        return Map.of("hello", "world");
    }
}
