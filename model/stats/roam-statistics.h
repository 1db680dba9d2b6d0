/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_ROAM_STATISTICS_H
#define WLC_ROAM_STATISTICS_H

#include <cstddef>
#include <vector>

namespace ns3
{

/**
 * \ingroup wlc
 * Summary statistics of one sample (the latencies of a phase over replications).
 */
struct SampleSummary
{
    std::size_t n{0};        //!< sample size
    double mean{0};          //!< mean
    double median{0};        //!< median
    double stddev{0};        //!< sample standard deviation (n - 1); 0 when n < 2
    double halfWidth{0};     //!< half-width of the confidence interval of the mean; 0 when n < 2
    double confidence{0.95}; //!< confidence level of the interval
};

/**
 * \ingroup wlc
 * Statistics for roaming studies, computed with GSL: mean, median, sample standard deviation and
 * the Student t confidence interval of the mean (mean +/- t(1 - alpha/2, n - 1) s / sqrt(n)).
 */
class RoamStatistics
{
  public:
    /**
     * \param samples the sample (negative values, which mark a phase that did not happen, are
     * left out)
     * \param confidence the confidence level of the interval (0 < confidence < 1)
     * \return its summary (n = 0 for an empty sample)
     */
    static SampleSummary Summarize(std::vector<double> samples, double confidence = 0.95);
    /**
     * \param p a probability (0 < p < 1) \param dof degrees of freedom (> 0)
     * \return the p-quantile of Student's t distribution
     */
    static double StudentTQuantile(double p, double dof);
};

} // namespace ns3

#endif /* WLC_ROAM_STATISTICS_H */
