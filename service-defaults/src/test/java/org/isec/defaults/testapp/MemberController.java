package org.isec.defaults.testapp;

import java.util.Map;
import java.util.UUID;

import org.isec.defaults.problem.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Writes and reads an aggregate, so tests see what a request does when MongoDB or Kafka are down. */
@RestController
@RequestMapping("/api/test/members")
class MemberController {

    private final TestMemberRepository members;

    MemberController(TestMemberRepository members) {
        this.members = members;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createSuspended() {
        TestMember member = new TestMember(UUID.randomUUID().toString());
        member.suspend("created suspended by a test");
        members.save(member);
        return Map.of("id", member.getId());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        TestMember member = members.findById(id).orElseThrow(() -> new NotFoundException("member", id));
        return Map.of("id", member.getId(), "status", member.getStatus());
    }
}
