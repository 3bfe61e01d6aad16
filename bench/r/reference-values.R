# Independent reference values for the analysis unit tests (src/test/java/se/klara/analysis).
# Run from the repository root:  Rscript bench/r/reference-values.R
# Needs Debian packages r-base-core r-cran-spdep r-cran-spdata r-cran-circular.
# It prints Java literals that the tests hard-code, and writes the Columbus input files
# (values and neighbour list) under src/test/resources/se/klara/analysis/.
suppressMessages({ library(spdep); library(circular) })
options(digits = 17)
jv <- function(name, v) {
  v <- ifelse(is.na(v), "Double.NaN", formatC(v, digits = 17, format = "g"))
  cat(sprintf("  static final double[] %s = {\n    %s\n  };\n", name,
              paste(v, collapse = ",\n    ")))
}

## 1. Gi* and Gi on a 5 x 6 grid (row-major, as spdep::cell2nb numbers cells).
rows <- 5; cols <- 6
grid <- c( 3, 1, 0, 2, 5, 1,
           0, 4, 7, 9, 2, 0,
           1, 6, 12, 10, 3, 1,
           0, 2, 5, 4, 1, 0,
           2, 0, 1, 0, 0, 3)
gstar <- function(nb, self = TRUE) {
  if (self) nb <- include.self(nb)
  as.vector(localG(grid, nb2listw(nb, style = "B", zero.policy = TRUE), zero.policy = TRUE))
}
xy <- cbind(rep(1:cols, rows), rep(1:rows, each = cols))  # col, row of cell k (row-major)
jv("GRID_QUEEN_GSTAR", gstar(cell2nb(rows, cols, "queen")))
jv("GRID_ROOK_GSTAR", gstar(cell2nb(rows, cols, "rook")))
jv("GRID_QUEEN_GI", gstar(cell2nb(rows, cols, "queen"), self = FALSE))
jv("GRID_DISTANCE_1_5_GSTAR", gstar(dnearneigh(xy, 0, 1.5 + 1e-9)))
jv("GRID_DISTANCE_2_GSTAR", gstar(dnearneigh(xy, 0, 2 + 1e-9)))

## 2. Columbus (spData): CRIME with the GAL contiguity neighbours shipped with spData.
columbus <- foreign::read.dbf(system.file("shapes/columbus.dbf", package = "spData"))
nb <- read.gal(system.file("weights/columbus.gal", package = "spData"), region.id = 1:49)
res <- "src/test/resources/se/klara/analysis"
write.csv(data.frame(id = 1:49, value = columbus$CRIME), file.path(res, "columbus-values.csv"),
          row.names = FALSE, quote = FALSE)
pairs <- do.call(rbind, lapply(1:49, function(i) if (length(nb[[i]]) && nb[[i]][1] > 0)
  data.frame(id = i, neighbour = nb[[i]])))
write.csv(pairs, file.path(res, "columbus-neighbours.csv"), row.names = FALSE, quote = FALSE)
zs <- localG(columbus$CRIME, nb2listw(include.self(nb), style = "B"))
jv("COLUMBUS_GSTAR", as.vector(zs))
jv("COLUMBUS_GI", as.vector(localG(columbus$CRIME, nb2listw(nb, style = "B"))))
jv("COLUMBUS_GSTAR_P", 2 * pnorm(abs(as.vector(zs)), lower.tail = FALSE))

## 3. Circular statistics of clock hours (no ties).
set.seed(2019)
before <- round((rnorm(40, 20, 2.5)) %% 24, 4)
after <- round((rnorm(32, 10, 3)) %% 24, 4)
stopifnot(!anyDuplicated(c(before, after)))
jv("HOURS_BEFORE", before)
jv("HOURS_AFTER", after)
rad <- function(h) circular(h * pi / 12, units = "radians", modulo = "2pi")
mh <- function(h) (as.numeric(mean.circular(rad(h))) %% (2 * pi)) * 12 / pi
jv("MEAN_HOUR", c(mh(before), mh(after)))
jv("RESULTANT_LENGTH", c(rho.circular(rad(before)), rho.circular(rad(after))))
rb <- rayleigh.test(rad(before)); ra <- rayleigh.test(rad(after))
jv("RAYLEIGH_P", c(rb$p.value, ra$p.value))
w <- watson.two.test(rad(before), rad(after))
print(w)
u2 <- as.numeric(w$statistic)
k <- 1:200
jv("WATSON_U2", c(u2, 2 * sum((-1)^(k - 1) * exp(-2 * k^2 * pi^2 * u2))))
# Kuiper's two-sample V straight from the two empirical distribution functions.
pooled <- sort(c(before, after))
d <- ecdf(after)(pooled) - ecdf(before)(pooled)
v <- max(0, max(d)) - min(0, min(d))
ne <- length(before) * length(after) / (length(before) + length(after))
lambda <- (sqrt(ne) + 0.155 + 0.24 / sqrt(ne)) * v
j <- 1:100
jv("KUIPER_V", c(v, 2 * sum((4 * j^2 * lambda^2 - 1) * exp(-2 * j^2 * lambda^2))))
# Pearson chi-square on whole-hour bins, bins empty in both periods left out.
tab <- rbind(tabulate(floor(before) + 1, 24), tabulate(floor(after) + 1, 24))
tab <- tab[, colSums(tab) > 0]
cs <- suppressWarnings(chisq.test(tab, correct = FALSE))
jv("CHI_SQUARE", c(cs$statistic, cs$parameter, cs$p.value))
# A second pair that differs little, so that the p-values are moderate.
set.seed(7)
near1 <- round(runif(30, 0, 24), 4); near2 <- round((rnorm(30, 13, 5)) %% 24, 4)
stopifnot(!anyDuplicated(c(near1, near2)))
jv("NEAR_1", near1)
jv("NEAR_2", near2)
w2 <- watson.two.test(rad(near1), rad(near2))
print(w2)
u2 <- as.numeric(w2$statistic)
jv("NEAR_WATSON_U2", c(u2, 2 * sum((-1)^(k - 1) * exp(-2 * k^2 * pi^2 * u2))))
d <- ecdf(near2)(sort(c(near1, near2))) - ecdf(near1)(sort(c(near1, near2)))
v <- max(0, max(d)) - min(0, min(d)); ne <- 15
lambda <- (sqrt(ne) + 0.155 + 0.24 / sqrt(ne)) * v
jv("NEAR_KUIPER_V", c(v, 2 * sum((4 * j^2 * lambda^2 - 1) * exp(-2 * j^2 * lambda^2))))

## 4. Knox test: exact expectation by enumerating every permutation of the dates.
kx <- c(0, 50, 120, 130, 400, 410, 900, 40)
ky <- c(0, 10, 0, 80, 400, 390, 100, 60)
kd <- c(1, 3, 10, 12, 30, 31, 33, 5)
sb <- c(0, 1, 101, 201, 501); tb <- c(0, 3, 8, 15, 29)
band <- function(lims, v) { i <- findInterval(v, lims, left.open = FALSE); ifelse(v >= max(lims), 0, i) }
counts <- function(days, dist) {
  m <- matrix(0, length(sb) - 1, length(tb) - 1)
  for (a in 1:7) for (b in (a + 1):8) {
    s <- band(sb, dist(a, b)); t <- band(tb, abs(days[a] - days[b]))
    if (s > 0 && t > 0) m[s, t] <- m[s, t] + 1
  }
  m
}
manhattan <- function(a, b) abs(kx[a] - kx[b]) + abs(ky[a] - ky[b])
euclid <- function(a, b) sqrt((kx[a] - kx[b])^2 + (ky[a] - ky[b])^2)
perms <- function(v) if (length(v) <= 1) list(v) else
  do.call(c, lapply(seq_along(v), function(i) lapply(perms(v[-i]), function(p) c(v[i], p))))
all <- perms(kd)
for (dist in list(list("MANHATTAN", manhattan), list("EUCLIDEAN", euclid))) {
  obs <- counts(kd, dist[[2]])
  ex <- Reduce(`+`, lapply(all, counts, dist = dist[[2]])) / length(all)
  jv(paste0("KNOX_OBSERVED_", dist[[1]]), as.vector(t(obs)))
  jv(paste0("KNOX_EXPECTED_", dist[[1]]), as.vector(t(ex)))
}

## 5. SWEREF 99 TM (EPSG:3006) of three points in Klara, by PROJ through sf.
suppressMessages(library(sf))
pts <- st_sfc(st_point(c(18.0649, 59.3326)), st_point(c(18.0615, 59.3312)), st_point(c(11.97, 57.7)),
              crs = 4326)
xy <- st_coordinates(st_transform(pts, 3006))
jv("SWEREF_NORTHING", xy[, 2])
jv("SWEREF_EASTING", xy[, 1])
