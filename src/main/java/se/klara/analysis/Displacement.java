package se.klara.analysis;

/**
 * Geographic displacement after an intervention: counts in the target area A, the buffer B around
 * it and a control area C, before and after. Computes Bowers &amp; Johnson's (2003) success
 * measure, buffer displacement measure and weighted displacement quotient (WDQ), Guerette's (2009)
 * gross effect, buffer effect and total net effect (TNE), and Wheeler &amp; Ratcliffe's (2018)
 * weighted displacement difference (WDD) test.
 */
public record Displacement(
    long aBefore, long aAfter, long bBefore, long bAfter, long cBefore, long cAfter) {

  /** The field name of a count, as the command line and the API call it. */
  public static final String[] FIELDS = {
    "a-before", "a-after", "b-before", "b-after", "c-before", "c-after"
  };

  public Displacement {
    long[] counts = {aBefore, aAfter, bBefore, bAfter, cBefore, cAfter};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0) {
        throw new AnalysisInputException(FIELDS[i], "analysis.error.negative-count");
      }
    }
    if (cBefore == 0) {
      throw new AnalysisInputException("c-before", "analysis.error.zero-control");
    }
    if (cAfter == 0) {
      throw new AnalysisInputException("c-after", "analysis.error.zero-control");
    }
  }

  /** A(after)/C(after) − A(before)/C(before); negative means the target area improved. */
  public double successMeasure() {
    return (double) aAfter / cAfter - (double) aBefore / cBefore;
  }

  /** B(after)/C(after) − B(before)/C(before); positive means displacement into the buffer. */
  public double bufferDisplacementMeasure() {
    return (double) bAfter / cAfter - (double) bBefore / cBefore;
  }

  /** The buffer displacement measure over the success measure; NaN when there is no success. */
  public double wdq() {
    double success = successMeasure();
    return success == 0 ? Double.NaN : bufferDisplacementMeasure() / success;
  }

  /** Crimes prevented in the target area: A(before)·C(after)/C(before) − A(after). */
  public double grossEffect() {
    return aBefore * ((double) cAfter / cBefore) - aAfter;
  }

  /** Crimes prevented (positive) or displaced (negative) in the buffer. */
  public double bufferEffect() {
    return bBefore * ((double) cAfter / cBefore) - bAfter;
  }

  /** Total net effect (Guerette 2009): gross effect plus buffer effect. */
  public double totalNetEffect() {
    return grossEffect() + bufferEffect();
  }

  /** The reading of the WDQ in words (Ratcliffe's bands). */
  public Interpretation interpretation() {
    if (!(successMeasure() < 0)) {
      return Interpretation.NO_SUCCESS;
    }
    double wdq = wdq();
    if (wdq > 1) {
      return Interpretation.DIFFUSION_GREATER_THAN_DIRECT_EFFECT;
    }
    if (wdq > 0) {
      return Interpretation.DIFFUSION;
    }
    if (wdq == 0) {
      return Interpretation.NO_DISPLACEMENT_OR_DIFFUSION;
    }
    if (wdq >= -1) {
      return Interpretation.DISPLACEMENT_WITH_NET_BENEFIT;
    }
    return Interpretation.DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT;
  }

  /**
   * Wheeler &amp; Ratcliffe's weighted displacement difference with the one control area serving
   * both the target and the buffer: WDD = ΔA − ΔC + ΔB − ΔC. Counts are taken as independent
   * Poisson, so its variance is A₀+A₁+B₀+B₁+4(C₀+C₁) (C enters twice). Negative WDD means fewer
   * crimes than the control predicts.
   */
  public Wdd wdd() {
    double deltaA = aAfter - aBefore;
    double deltaB = bAfter - bBefore;
    double deltaC = cAfter - cBefore;
    double estimate = deltaA - deltaC + deltaB - deltaC;
    double variance = aBefore + aAfter + bBefore + bAfter + 4.0 * (cBefore + cAfter);
    double z = variance == 0 ? Double.NaN : estimate / Math.sqrt(variance);
    return new Wdd(estimate, variance, z, GetisOrd.twoSidedP(z));
  }

  /**
   * Wheeler &amp; Ratcliffe's test as published, with separate control areas for the treated and
   * the displacement area: WDD = ΔT − ΔCT + ΔD − ΔCD, variance the sum of all eight counts.
   */
  public static Wdd wdd(
      long treatedBefore,
      long treatedAfter,
      long controlBefore,
      long controlAfter,
      long displacementBefore,
      long displacementAfter,
      long displacementControlBefore,
      long displacementControlAfter) {
    double estimate =
        (treatedAfter - treatedBefore)
            - (controlAfter - controlBefore)
            + (displacementAfter - displacementBefore)
            - (displacementControlAfter - displacementControlBefore);
    double variance =
        (double) treatedBefore
            + treatedAfter
            + controlBefore
            + controlAfter
            + displacementBefore
            + displacementAfter
            + displacementControlBefore
            + displacementControlAfter;
    double z = variance == 0 ? Double.NaN : estimate / Math.sqrt(variance);
    return new Wdd(estimate, variance, z, GetisOrd.twoSidedP(z));
  }

  /** The weighted displacement difference, its variance, z and two-sided p. */
  public record Wdd(double estimate, double variance, double z, double p) {}

  /** Ratcliffe's reading of the WDQ. */
  public enum Interpretation {
    NO_SUCCESS("no_success"),
    DIFFUSION_GREATER_THAN_DIRECT_EFFECT("diffusion_greater_than_direct_effect"),
    DIFFUSION("diffusion"),
    NO_DISPLACEMENT_OR_DIFFUSION("no_displacement_or_diffusion"),
    DISPLACEMENT_WITH_NET_BENEFIT("displacement_with_net_benefit"),
    DISPLACEMENT_GREATER_THAN_DIRECT_EFFECT("displacement_greater_than_direct_effect");

    private final String code;

    Interpretation(String code) {
      this.code = code;
    }

    /** The code printed in JSON. */
    public String code() {
      return code;
    }

    public String messageKey() {
      return "analysis.wdq." + code.replace('_', '-');
    }
  }
}
