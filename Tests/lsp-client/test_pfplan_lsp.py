"""pfplan lsp driven end to end by pytest-lsp (a real LSP client, pygls),
with the capabilities VS Code declares. Run by scripts/check-lsp.sh."""

import json
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

PFPLAN = os.environ.get("PFPLAN", str(pathlib.Path(__file__).parents[2] / ".build/debug/pfplan"))
CHECKOUT = pathlib.Path(__file__).parents[2]
AS_OF = "2025-06-01"

WORK = pathlib.Path(tempfile.mkdtemp(prefix="pfplan-lsp-"))
PLAN = WORK / "boston-ma" / "plan.yaml"
shutil.copytree(CHECKOUT / "Examples" / "boston-ma", PLAN.parent)
CLEAN = PLAN.read_text()
# The first lead misspelt: an error lint reports with a suggestion.
TYPO = CLEAN.replace("lead: ", "lead: x", 1)
URI = PLAN.as_uri()


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[PFPLAN, "lsp", "--as-of", AS_OF, "--templates", str(CHECKOUT / "Templates")])
)
async def client(lsp_client: LanguageClient):
    params = types.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), root_uri=WORK.as_uri()
    )
    result = await lsp_client.initialize_session(params)
    assert result.capabilities.position_encoding == "utf-16"
    yield
    await lsp_client.shutdown_session()


async def open_plan(client: LanguageClient, text: str = TYPO):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=URI, language_id="yaml", version=1, text=text)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return client.diagnostics[URI]


def position_of(text: str, needle: str, plus: int = 0) -> types.Position:
    before = text[: text.index(needle)]
    line = before.count("\n")
    column = len(before) - (before.rfind("\n") + 1)
    # Python counts code points; the text here is ASCII before the needle on its line.
    return types.Position(line=line, character=column + plus)


def lint_json(text: str):
    """What `pfplan lint --format json` says about the same text on disk."""
    other = WORK / "lint-copy" / "plan.yaml"
    other.parent.mkdir(exist_ok=True)
    other.write_text(text)
    out = subprocess.run(
        [PFPLAN, "lint", str(other), "--format", "json", "--as-of", AS_OF, "--root", str(WORK)],
        capture_output=True, text=True, cwd=WORK,
    )
    return json.loads(out.stdout)


async def test_diagnostics_are_lints_findings(client: LanguageClient):
    published = await open_plan(client)
    expected = lint_json(TYPO)
    assert len(published) == len(expected) >= 1
    for finding in expected:
        match = [d for d in published if d.code == finding["rule"] and d.message.startswith(finding["message"])]
        assert match, finding
        d = match[0]
        assert (d.range.start.line + 1, d.range.start.character + 1) == (finding["line"], finding["column"])
        assert (d.range.end.line + 1, d.range.end.character + 1) == (finding["endLine"], finding["endColumn"])
        assert d.severity == {"error": 1, "warning": 2, "info": 3}[finding["severity"]]
        assert d.source == "pfplan"


async def test_incremental_change_fixes_the_finding(client: LanguageClient):
    await open_plan(client)
    start = position_of(TYPO, "lead: x", 6)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=URI, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=start, end=types.Position(line=start.line, character=start.character + 1)),
                    text="",
                )
            ],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert [d for d in client.diagnostics[URI] if d.code == "refs/unknown"] == []


async def test_completion_offers_ids_of_the_right_kind(client: LanguageClient):
    text = TYPO.replace("lead: x", "lead: ", 1)
    await open_plan(client, text)
    at = position_of(text, "lead: ", 6)
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=URI), position=at)
    )
    labels = [item.label for item in result.items]
    assert "moia" in labels
    # Stakeholders and members only: a resource does not lead.
    assert all(item.detail in ("member", "stakeholder") for item in result.items)


async def test_hover_definition_references_and_rename(client: LanguageClient):
    await open_plan(client, CLEAN)
    at = position_of(CLEAN, "lead: moia", 7)
    doc = types.TextDocumentIdentifier(uri=URI)
    hover = await client.text_document_hover_async(types.HoverParams(text_document=doc, position=at))
    assert "`moia`" in hover.contents.value
    definition = await client.text_document_definition_async(types.DefinitionParams(text_document=doc, position=at))
    assert len(definition) == 1 and definition[0].range.start.line < at.line
    refs = await client.text_document_references_async(
        types.ReferenceParams(text_document=doc, position=at, context=types.ReferenceContext(include_declaration=True))
    )
    assert len(refs) >= 2
    edit = await client.text_document_rename_async(types.RenameParams(text_document=doc, position=at, new_name="moia-office"))
    assert len(edit.changes[URI]) == len(refs)
    with pytest.raises(Exception, match="is not a valid id"):
        await client.text_document_rename_async(types.RenameParams(text_document=doc, position=at, new_name="Not An Id"))


async def test_quick_fix_applies_the_suggestion(client: LanguageClient):
    published = await open_plan(client)
    typo = next(d for d in published if d.code == "refs/unknown")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=URI), range=typo.range,
            context=types.CodeActionContext(diagnostics=[typo]),
        )
    )
    fix = next(a for a in actions if a.title.startswith("Change to"))
    assert fix.edit.changes[URI][0].new_text == "moia"


async def test_document_symbols_outline_the_plan(client: LanguageClient):
    await open_plan(client, CLEAN)
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=URI))
    )
    names = [s.name for s in symbols]
    # In the plan's order (an example may have a notice between them).
    assert [n for n in names if n in ("pfplan", "city", "framework")] == ["pfplan", "city", "framework"]
    assert "actions" in names


async def test_unknown_request_is_method_not_found(client: LanguageClient):
    with pytest.raises(Exception) as caught:
        await client.protocol.send_request_async("pfplan/no-such-method", {})
    assert "-32601" in repr(caught.value) or "does not handle" in str(caught.value)
