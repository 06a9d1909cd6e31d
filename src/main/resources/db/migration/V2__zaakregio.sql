-- The region (arrondissement code of nl.zsm.hg.intake.Regio) of a case with registered measures, written with every
-- registration: the police read the measures of their own region only (docs/slachtoffer.md, Politie per regio).
CREATE TABLE IF NOT EXISTS zaakregio (
  zaaknummer VARCHAR(40) PRIMARY KEY,
  regio VARCHAR(40) NOT NULL
);
