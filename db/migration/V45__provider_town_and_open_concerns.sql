-- Issue 14 (speed): the register's sort by town read every provider of the trust with its main
-- site and sorted them (873 ms for 100,000 providers). The provider now keeps its main site's town,
-- written by the application whenever the main site's address is saved (ProviderSite#apply), and
-- the sort reads an index in order. The register's rows read no join.
--
-- Raw SQL that inserts providers' main sites must write provider.main_town itself (BulkProviders
-- does). No trigger keeps it: an AFTER INSERT trigger on provider_site that updates provider would
-- refuse every INSERT INTO provider_site ... SELECT ... FROM provider (MariaDB error 1442).
ALTER TABLE provider ADD COLUMN main_town VARCHAR(100) NULL;

UPDATE provider p JOIN provider_site s ON s.provider_id = p.id AND s.kind = 'MAIN'
   SET p.main_town = s.town;

CREATE INDEX ix_provider_trust_main_town ON provider (trust_id, main_town);

-- The governors' counts and the visits grid's "open concerns only" ask for the open concerns of a
-- school or trust: from this index, the few open ones, instead of every concern ever raised.
CREATE INDEX ix_concern_open ON safeguarding_concern (closed_at, visit_id);
