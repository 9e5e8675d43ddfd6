"""The recovery-key codec: round trip, forgiving reading, and a typo always caught clearly."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.crypto import recovery
from app.crypto.errors import BadRecoveryKey
from app.errors import WrongKey
from app.services.vault import Vault
from tests.conftest import CHEAP_KDF, PASSPHRASE
from tests.unit.sentinel_helpers import assert_one_sentence

keys = st.binary(min_size=recovery.KEY_BYTES, max_size=recovery.KEY_BYTES)
TYPO = "The recovery key has a typing mistake; please check each group against your recovery sheet."


def _plain(text: str) -> str:
    return text.replace("-", "")


@given(keys)
def test_round_trip(key):
    text = recovery.format_recovery_key(key)
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}", text)
    assert recovery.parse_recovery_key(text) == bytearray(key)


@given(keys, st.data())
def test_reading_forgives_case_spaces_dashes_and_look_alikes(key, data):
    text = _plain(recovery.format_recovery_key(key))
    typed = []
    for ch in text:
        ch = data.draw(st.sampled_from({"0": "0Oo", "1": "1IiLl"}.get(ch, ch + ch.lower())))
        typed.append(ch + data.draw(st.sampled_from(["", "", " ", "-", "  ", "\t", "\n"])))
    assert recovery.parse_recovery_key("  " + "".join(typed) + " \n") == bytearray(key)


@given(keys, st.integers(0, recovery.TOTAL_CHARS - 1), st.data())
def test_one_wrong_character_anywhere_is_rejected(key, position, data):
    text = _plain(recovery.format_recovery_key(key))
    wrong = data.draw(st.sampled_from([c for c in recovery.ALPHABET if c != text[position]]))
    typo = text[:position] + wrong + text[position + 1 :]
    with pytest.raises(BadRecoveryKey) as exc:
        recovery.parse_recovery_key(typo)
    assert str(exc.value) == TYPO


@given(keys, st.integers(0, recovery.DATA_CHARS - 2))
def test_two_neighbouring_characters_swapped_are_rejected(key, position):
    text = _plain(recovery.format_recovery_key(key))
    swapped = text[:position] + text[position + 1] + text[position] + text[position + 2 :]
    if swapped != text:
        with pytest.raises(BadRecoveryKey):
            recovery.parse_recovery_key(swapped)


@given(keys, st.integers(0, recovery.TOTAL_CHARS - 1), st.sampled_from("U*#ÅÉ?"))
def test_a_character_not_used_in_recovery_keys_names_its_group(key, position, bad):
    text = _plain(recovery.format_recovery_key(key))
    with pytest.raises(BadRecoveryKey) as exc:
        recovery.parse_recovery_key(text[:position] + bad + text[position + 1 :])
    assert str(exc.value).startswith(f"Group {position // recovery.GROUP + 1} of the recovery key")
    assert_one_sentence(str(exc.value))


@pytest.mark.parametrize("change", [-recovery.TOTAL_CHARS, -5, -4, -1, 1, 4])
def test_wrong_length_says_how_long_a_key_is(change):
    text = _plain(recovery.format_recovery_key(bytes(range(32))))
    typed = text[:change] if change < 0 else text + text[:change]
    with pytest.raises(BadRecoveryKey) as exc:
        recovery.parse_recovery_key(typed)
    message = str(exc.value)
    assert message.startswith("A recovery key has 14 groups of 4 characters;")
    assert f"this one has {len(typed)} characters instead of 56." in message
    assert_one_sentence(message)


def test_format_refuses_a_key_of_the_wrong_size():
    with pytest.raises(ValueError):
        recovery.format_recovery_key(bytes(31))


def test_new_recovery_keys_are_random_256_bit_bytearrays():
    a, b = recovery.new_recovery_key(), recovery.new_recovery_key()
    assert isinstance(a, bytearray) and len(a) == 32 and a != b


def test_a_typo_at_the_vault_is_wrong_key_with_the_same_clear_sentence(new_vault):
    vault, recovery_text = new_vault
    vault.lock()
    text = _plain(recovery_text)
    typo = text[:10] + ("A" if text[10] != "A" else "B") + text[11:]
    with pytest.raises(WrongKey) as exc:
        vault.unlock_with_recovery_key(typo, "a new passphrase")
    assert exc.value.exit_code == 2
    assert str(exc.value) == TYPO
    assert not vault.is_unlocked
    vault.unlock(PASSPHRASE)  # nothing changed


def test_a_valid_key_from_another_vault_is_wrong_key(new_vault, tmp_path):
    vault, _ = new_vault
    other, other_recovery = Vault.create(tmp_path / "other.vault", "other", kdf_params=CHEAP_KDF)
    other.close()
    vault.lock()
    with pytest.raises(WrongKey) as exc:
        vault.unlock_with_recovery_key(other_recovery, "a new passphrase")
    assert str(exc.value) == "That recovery key does not belong to this vault."
    vault.unlock(PASSPHRASE)
