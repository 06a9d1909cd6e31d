-- Indexes for a large history (issue 15, docs/prestaties.md "Grote historie"): five years of national volume,
-- ~500,000 cases, in the engine's history tables. Works on H2 and PostgreSQL and is idempotent (IF NOT EXISTS).
-- Measured with: java -cp "$(cat target/bench-cp.txt)" bench/Schaal.java --modus=historie (bench/README.md).

-- VertrouwelijkeGegevens.uitAfstemming reads the SHN-VT afstemming called by a case
-- (HistoricProcessInstanceQuery.superProcessInstanceId): the engine has no index on the calling instance, so
-- every call scanned all historic afstemmingen of all cases.
CREATE INDEX IF NOT EXISTS zsm_hi_procinst_super ON ACT_HI_PROCINST (SUPER_PROCESS_INSTANCE_ID_);
