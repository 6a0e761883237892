# syntax=docker/dockerfile:1
# PostgreSQL with the Swedish search dictionary (search/dictionaries/, LGPL-3) in tsearch_data:
# the SwedishDictionary migration creates its text search dictionaries from these files and
# refuses to run without them. The share directory depends on the major version, so the files are
# placed where this image's own pg_config says.
ARG POSTGRES_IMAGE=postgres:18.4-bookworm
FROM ${POSTGRES_IMAGE}
COPY search/dictionaries/samrad_sv.dict search/dictionaries/samrad_sv.affix search/dictionaries/samrad_sv.stop \
  /tmp/samrad-dictionaries/
RUN cp /tmp/samrad-dictionaries/* "$(pg_config --sharedir)/tsearch_data/" \
  && rm -r /tmp/samrad-dictionaries
COPY search/dictionaries/LICENSE.LGPL-3 search/dictionaries/LICENSE.GPL-3 search/dictionaries/README.md \
  /usr/share/doc/samrad-search-dictionaries/
