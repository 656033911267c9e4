"""Names no paper writes, found in any spelling, and small-letter names re-cased as the papers write them."""

from __future__ import annotations

from rag.question import asks_papers
from rag.unwritten import folded, recased, unwritten_names

TEXTS = ("SWE-bench Verified is hard.", "We evaluate Llama-4-Scout and GPT-4o.", "EAGLE-2 drafts tokens.")
CORPUS = "\n".join(folded(t) for t in TEXTS)


def test_a_name_is_found_in_any_of_its_spellings_and_a_version_is_part_of_it() -> None:
    assert unwritten_names("what does llama 4 score", CORPUS) == []  # no name's marks: "llama 4" is two words
    assert unwritten_names("what does GPT4o score on SWE-Bench", CORPUS) == []
    assert unwritten_names("what is the speedup of EAGLE-3 over EAGLE-2", CORPUS) == ["EAGLE-3"]


def test_a_hyphenated_name_is_not_named_by_a_paper_naming_one_of_its_parts() -> None:
    assert unwritten_names("which benchmark does SWE-smith use", CORPUS) == ["SWE-smith"]
    assert unwritten_names("what does HelixCoder do, and Falconet-9B?", CORPUS) == ["HelixCoder", "Falconet-9B"]
    assert unwritten_names("how does chain-of-thought help", CORPUS) == []  # plain hyphenated words name nothing


def test_small_letter_family_and_benchmark_are_written_as_the_papers_write_them() -> None:
    spellings = {"llama": "Llama", "mmlu": "MMLU"}
    assert recased("what does llama 4 score on mmlu", lambda w: spellings.get(w, "")) == (
        "what does Llama 4 score on MMLU"
    )
    assert recased("what are the top 5 papers on rag", lambda w: spellings.get(w, "")) == (
        "what are the top 5 papers on rag"
    )


def test_a_date_word_filters_papers_only_in_a_question_about_papers() -> None:
    assert not asks_papers("what's the weather in paris today")
    assert asks_papers("which papers on quantum gravity came out yesterday")
