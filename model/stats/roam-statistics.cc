/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "roam-statistics.h"

#include "ns3/abort.h"

#include <algorithm>
#include <cmath>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>

namespace ns3
{

double
RoamStatistics::StudentTQuantile(double p, double dof)
{
    NS_ABORT_MSG_UNLESS(p > 0 && p < 1, "RoamStatistics: a quantile needs 0 < p < 1");
    NS_ABORT_MSG_UNLESS(dof > 0, "RoamStatistics: the t distribution needs dof > 0");
    return gsl_cdf_tdist_Pinv(p, dof);
}

SampleSummary
RoamStatistics::Summarize(std::vector<double> samples, double confidence)
{
    NS_ABORT_MSG_UNLESS(confidence > 0 && confidence < 1,
                        "RoamStatistics: the confidence level must be between 0 and 1");
    samples.erase(std::remove_if(samples.begin(),
                                 samples.end(),
                                 [](double x) { return x < 0 || std::isnan(x); }),
                  samples.end());
    SampleSummary summary;
    summary.confidence = confidence;
    summary.n = samples.size();
    if (samples.empty())
    {
        return summary;
    }
    std::sort(samples.begin(), samples.end());
    summary.mean = gsl_stats_mean(samples.data(), 1, samples.size());
    summary.median = gsl_stats_median_from_sorted_data(samples.data(), 1, samples.size());
    if (samples.size() >= 2)
    {
        summary.stddev = gsl_stats_sd_m(samples.data(), 1, samples.size(), summary.mean);
        double t = StudentTQuantile(1 - (1 - confidence) / 2, samples.size() - 1.0);
        summary.halfWidth = t * summary.stddev / std::sqrt(static_cast<double>(samples.size()));
    }
    return summary;
}

} // namespace ns3
