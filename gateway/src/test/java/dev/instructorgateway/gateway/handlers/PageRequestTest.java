package dev.instructorgateway.gateway.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.net.URI;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.ObjectNode;

class PageRequestTest {

    private static final String LIST = "http://gateway.example/api/instructor/v1/courses/course-v1:O+C+R/cohorts";

    private static final List<JsonNode> SIXTY = IntStream.rangeClosed(1, 60)
            .mapToObj(i -> (JsonNode) IntNode.valueOf(i))
            .toList();

    @Test
    void defaultsToTheFirstPageOfTwentyFive() {
        PageRequest page = PageRequest.of(MockServerHttpRequest.get(LIST).build());

        ObjectNode answer = page.slice(SIXTY);

        assertThat(page.page()).isEqualTo(1);
        assertThat(page.pageSize()).isEqualTo(25);
        assertThat(answer.path("count").asInt()).isEqualTo(60);
        assertThat(answer.path("num_pages").asInt()).isEqualTo(3);
        assertThat(answer.path("current_page").asInt()).isEqualTo(1);
        assertThat(answer.path("results")).hasSize(25);
        assertThat(answer.path("previous").isNull()).isTrue();
        assertThat(answer.path("next").asString()).isEqualTo(LIST + "?page=2&page_size=25");
    }

    @Test
    void theLastPageHoldsTheRestAndLinksBackKeepingOtherParameters() {
        URI raw = URI.create(LIST + "?search=a%2Bb&page=3&page_size=25");
        PageRequest page =
                PageRequest.of(MockServerHttpRequest.method(HttpMethod.GET, raw).build());

        ObjectNode answer = page.slice(SIXTY);

        assertThat(answer.path("results")).hasSize(10);
        assertThat(answer.path("results").get(0).asInt()).isEqualTo(51);
        assertThat(answer.path("next").isNull()).isTrue();
        assertThat(answer.path("previous").asString()).isEqualTo(LIST + "?search=a%2Bb&page=2&page_size=25");
    }

    @Test
    void anEmptyListIsOnePageWithNoResults() {
        ObjectNode answer =
                PageRequest.of(MockServerHttpRequest.get(LIST).build()).slice(List.of());

        assertThat(answer.path("count").asInt()).isZero();
        assertThat(answer.path("num_pages").asInt()).isEqualTo(1);
        assertThat(answer.path("results")).isEmpty();
    }

    @Test
    void aPagePastTheEndIsNotFound() {
        PageRequest page =
                PageRequest.of(MockServerHttpRequest.get(LIST + "?page=4").build());

        assertThatThrownBy(() -> page.slice(SIXTY)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.PAGE_NOT_FOUND);
            assertThat(problem.getMessage()).contains("page=4").contains("from 1 to 3");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=0", "page=-1", "page=two", "page_size=0", "page_size=101", "page_size=1e3"})
    void valuesOutsideTheContractAreRefusedNamingTheParameter(String query) {
        var request = MockServerHttpRequest.get(LIST + "?" + query).build();

        assertThatThrownBy(() -> PageRequest.of(request)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.type()).isEqualTo(ProblemType.INVALID_PARAMETER);
            assertThat(problem.getMessage()).startsWith(query);
        });
    }

    @Test
    void aBackendPageKeepsTheBackendsCount() {
        PageRequest page = PageRequest.of(
                MockServerHttpRequest.get(LIST + "?page=2&page_size=10").build());

        ObjectNode answer = page.answer(100_000, SIXTY.subList(0, 10));

        assertThat(page.offset()).isEqualTo(10);
        assertThat(answer.path("count").asLong()).isEqualTo(100_000);
        assertThat(answer.path("num_pages").asInt()).isEqualTo(10_000);
        assertThat(answer.path("results")).hasSize(10);
    }
}
