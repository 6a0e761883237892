# syntax=docker/dockerfile:1
# PostgreSQL with the Swedish search dictionary (search/dictionaries/, LGPL-3) in tsearch_data:
# the SwedishDictionary migration creates its text search dictionaries from these files and
# refuses to run without them. Same pinned version as before this image existed.
ARG POSTGRES_IMAGE=postgres:15.14-bookworm
FROM ${POSTGRES_IMAGE}
COPY search/dictionaries/samrad_sv.dict search/dictionaries/samrad_sv.affix search/dictionaries/samrad_sv.stop \
  /usr/share/postgresql/15/tsearch_data/
COPY search/dictionaries/LICENSE.LGPL-3 search/dictionaries/LICENSE.GPL-3 search/dictionaries/README.md \
  /usr/share/doc/samrad-search-dictionaries/
