package se.klara.shared;

/**
 * SWEREF 99 TM (EPSG:3006), the metric projection of Sweden: WGS 84 / SWEREF 99 latitude and
 * longitude to northing and easting in metres and back, with Krüger's formulas as Lantmäteriet
 * publishes them (GRS 80, central meridian 15°, scale 0.9996, false easting 500 000 m).
 */
public final class Sweref99Tm {
  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257222101;
  private static final double LAMBDA0 = Math.toRadians(15);
  private static final double K0 = 0.9996;
  private static final double FALSE_EASTING = 500000.0;
  private static final double E2 = F * (2 - F);
  private static final double N = F / (2 - F);
  private static final double A_ROOF = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);
  private static final double[] BETA = {
    N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16 + 41 * Math.pow(N, 4) / 180,
    13 * N * N / 48 - 3 * N * N * N / 5 + 557 * Math.pow(N, 4) / 1440,
    61 * N * N * N / 240 - 103 * Math.pow(N, 4) / 140,
    49561 * Math.pow(N, 4) / 161280
  };
  private static final double[] DELTA = {
    N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96 - Math.pow(N, 4) / 360,
    N * N / 48 + N * N * N / 15 - 437 * Math.pow(N, 4) / 1440,
    17 * N * N * N / 480 - 37 * Math.pow(N, 4) / 840,
    4397 * Math.pow(N, 4) / 161280
  };

  private Sweref99Tm() {}

  /** {northing, easting} in metres. */
  public static double[] project(double latitude, double longitude) {
    double phi = Math.toRadians(latitude);
    double e4 = E2 * E2;
    double e6 = e4 * E2;
    double e8 = e6 * E2;
    double a = E2;
    double b = (5 * e4 - e6) / 6;
    double c = (104 * e6 - 45 * e8) / 120;
    double d = 1237 * e8 / 1260;
    double s = Math.sin(phi);
    double s2 = s * s;
    double phiStar = phi - s * Math.cos(phi) * (a + b * s2 + c * s2 * s2 + d * s2 * s2 * s2);
    double dLambda = Math.toRadians(longitude) - LAMBDA0;
    double xiPrime = Math.atan(Math.tan(phiStar) / Math.cos(dLambda));
    double etaPrime = atanh(Math.cos(phiStar) * Math.sin(dLambda));
    double x = xiPrime;
    double y = etaPrime;
    for (int j = 1; j <= 4; j++) {
      x += BETA[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
      y += BETA[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
    }
    return new double[] {K0 * A_ROOF * x, K0 * A_ROOF * y + FALSE_EASTING};
  }

  /** {latitude, longitude} in degrees. */
  public static double[] unproject(double northing, double easting) {
    double xi = northing / (K0 * A_ROOF);
    double eta = (easting - FALSE_EASTING) / (K0 * A_ROOF);
    double xiPrime = xi;
    double etaPrime = eta;
    for (int j = 1; j <= 4; j++) {
      xiPrime -= DELTA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      etaPrime -= DELTA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    double phiStar = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
    double dLambda = Math.atan(Math.sinh(etaPrime) / Math.cos(xiPrime));
    double e4 = E2 * E2;
    double e6 = e4 * E2;
    double e8 = e6 * E2;
    double a = E2 + e4 + e6 + e8;
    double b = -(7 * e4 + 17 * e6 + 30 * e8) / 6;
    double c = (224 * e6 + 889 * e8) / 120;
    double d = -4279 * e8 / 1260;
    double s = Math.sin(phiStar);
    double s2 = s * s;
    double phi = phiStar + s * Math.cos(phiStar) * (a + b * s2 + c * s2 * s2 + d * s2 * s2 * s2);
    return new double[] {Math.toDegrees(phi), Math.toDegrees(LAMBDA0 + dLambda)};
  }

  private static double atanh(double v) {
    return 0.5 * Math.log((1 + v) / (1 - v));
  }
}
