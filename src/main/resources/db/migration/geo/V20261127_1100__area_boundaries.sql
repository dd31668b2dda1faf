-- An optional boundary per administrative area, as WKT (Polygon or MultiPolygon, longitude/latitude
-- in WGS 84), read by JTS: the map draws it and a mine site's area is found from its point.
alter table geo_area add column boundary varchar(1000000);
alter table geo_area_aud add column boundary varchar(1000000);
