package org.isec.membership.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.isec.defaults.security.Caller;
import org.isec.membership.domain.Charter;
import org.isec.membership.domain.CharterService;
import org.isec.membership.domain.CharterText;
import org.isec.membership.domain.Languages;
import org.isec.membership.domain.MemberService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/membership/charter")
@Tag(name = "Charter", description = "The ethics charter built on the ten UN Global Compact principles: reading it "
        + "(public), publishing versions (operators), accepting them (members).")
class CharterController {

    private final CharterService charters;
    private final MemberService members;

    CharterController(CharterService charters, MemberService members) {
        this.charters = charters;
        this.members = members;
    }

    @GetMapping
    @SecurityRequirements
    @Operation(summary = "The charter in force", description = "Language: `lang`, else the first of "
            + "`Accept-Language`, else Italian. A language the charter lacks falls back to Italian, then English; "
            + "`language` says which was served and `Content-Language` repeats it.")
    ResponseEntity<CharterView> current(
            @Parameter(description = "ISO 639-1 code: it, en, fr, es, ar, zh") @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Charter current = charters.current();
        Charter latest = charters.latest();
        return served(CharterView.of(current, language(lang, acceptLanguage),
                latest.number() > current.number() ? latest : null));
    }

    @GetMapping("/versions")
    @SecurityRequirements
    @Operation(summary = "Every published version, newest first")
    List<CharterView.VersionSummary> versions() {
        return charters.all().stream().map(CharterView.VersionSummary::of).toList();
    }

    @GetMapping("/versions/{version}")
    @SecurityRequirements
    @Operation(summary = "One version, including one not in force yet")
    ResponseEntity<CharterView> version(@PathVariable String version, @RequestParam(required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return served(CharterView.of(charters.version(version), language(lang, acceptLanguage), null));
    }

    /**
     * @param effectiveFrom default now
     * @param graceDays     days after {@code effectiveFrom} members have to accept; default 30
     * @param changeNote    what changed, for members and the audit log
     * @param texts         by ISO 639-1 code; Italian and English required
     */
    record PublishRequest(Instant effectiveFrom, Integer graceDays, String changeNote,
                          Map<String, CharterText> texts) {
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    @Operation(summary = "Publish a new version (operator)", description = "Emits CharterPublished. Members must "
            + "accept it before effectiveFrom + graceDays or are suspended (CHARTER_NOT_ACCEPTED).")
    @ApiResponse(responseCode = "201", description = "Published")
    ResponseEntity<CharterView.VersionSummary> publish(@RequestBody PublishRequest request, Caller caller) {
        Charter published = charters.publish(request.texts(), request.effectiveFrom(), request.graceDays(),
                request.changeNote(), caller);
        return ResponseEntity.created(URI.create("/api/membership/charter/versions/" + published.id()))
                .body(CharterView.VersionSummary.of(published));
    }

    record AcceptanceRequest(String charterVersion) {
    }

    /** @param standing ACTIVE or SUSPENDED after the acceptance */
    record AcceptanceView(String memberId, String charterVersion, Instant acceptedAt, String standing) {
    }

    @PostMapping("/acceptances")
    @Operation(summary = "Accept a charter version for your organisation", description = "The version in force or "
            + "a newer published one. Emits CharterAccepted, and MemberReinstated when the member was suspended "
            + "only for not having accepted. Accepting a version already accepted answers 200 and changes nothing.")
    @ApiResponse(responseCode = "201", description = "Acceptance recorded")
    @ApiResponse(responseCode = "200", description = "Already accepted")
    ResponseEntity<AcceptanceView> accept(@RequestBody AcceptanceRequest request, Caller caller) {
        MemberService.Acceptance acceptance = members.acceptCharter(request.charterVersion(), caller);
        var member = acceptance.member();
        AcceptanceView view = new AcceptanceView(member.memberId(),
                String.valueOf(member.charterAcceptance().version()), member.charterAcceptance().acceptedAt(),
                member.isActive() ? "ACTIVE" : "SUSPENDED");
        return ResponseEntity.status(acceptance.recorded() ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }

    private static String language(String lang, String acceptLanguage) {
        if (lang != null && !lang.isBlank()) {
            return lang.strip().toLowerCase(Locale.ROOT);
        }
        String accepted = Languages.fromAcceptLanguage(acceptLanguage);
        return accepted != null ? accepted : "it";
    }

    private static ResponseEntity<CharterView> served(CharterView view) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_LANGUAGE, view.language()).body(view);
    }
}
