"""An alternate spelling of a big foreign city is no answer when the text says where it is:
"near Boni" in a story on the Malian army is not Bonn (a GeoNames alternate name of Bonn)."""

from __future__ import annotations

from eventwire.records import Article


def test_alternate_name_of_a_foreign_city_yields_to_the_document_country(pipeline):
    a = pipeline.process(Article(id="alt", text="Gunmen attacked Malian soldiers near Boni on Sunday, the army said."))
    countries = {m.place.iso for m in a.place_mentions if m.place is not None}
    assert "DEU" not in countries
    assert "MLI" in countries


def test_alternate_name_without_context_still_resolves(pipeline):
    a = pipeline.process(Article(id="alt2", text="Protesters gathered in Bonn on Sunday."))
    assert any(m.place is not None and m.place.iso == "DEU" for m in a.place_mentions)
