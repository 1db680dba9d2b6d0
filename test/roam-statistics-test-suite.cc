/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * RoamStatistics against values from statistical tables: Student t quantiles and the confidence
 * interval of a small sample.
 */

#include "ns3/roam-statistics.h"
#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

using namespace ns3;

namespace
{

/// Student t quantiles (two-sided 95 % and 99 %) from the standard table.
class TQuantileTestCase : public TestCase
{
  public:
    TQuantileTestCase()
        : TestCase("Student t quantiles match the table")
    {
    }

  private:
    void DoRun() override
    {
        NS_TEST_EXPECT_MSG_EQ_TOL(RoamStatistics::StudentTQuantile(0.975, 1), 12.7062, 1e-4, "");
        NS_TEST_EXPECT_MSG_EQ_TOL(RoamStatistics::StudentTQuantile(0.975, 4), 2.7764, 1e-4, "");
        NS_TEST_EXPECT_MSG_EQ_TOL(RoamStatistics::StudentTQuantile(0.975, 9), 2.2622, 1e-4, "");
        NS_TEST_EXPECT_MSG_EQ_TOL(RoamStatistics::StudentTQuantile(0.995, 29), 2.7564, 1e-4, "");
        NS_TEST_EXPECT_MSG_EQ_TOL(RoamStatistics::StudentTQuantile(0.5, 7), 0.0, 1e-12, "median");
    }
};

/// Mean, median, standard deviation and interval of small samples.
class SummaryTestCase : public TestCase
{
  public:
    SummaryTestCase()
        : TestCase("mean, median and the t interval of a sample")
    {
    }

  private:
    void DoRun() override
    {
        SampleSummary s = RoamStatistics::Summarize({5, 1, 4, 2, 3});
        NS_TEST_EXPECT_MSG_EQ(s.n, 5u, "five values");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.mean, 3.0, 1e-12, "mean");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.median, 3.0, 1e-12, "median");
        NS_TEST_EXPECT_MSG_EQ_TOL(s.stddev, 1.5811388, 1e-6, "sqrt(2.5)");
        // 2.776445 * sqrt(2.5) / sqrt(5)
        NS_TEST_EXPECT_MSG_EQ_TOL(s.halfWidth, 1.9632432, 1e-6, "95 % half-width");

        SampleSummary even = RoamStatistics::Summarize({10, -1, 20, 40, 30}, 0.99);
        NS_TEST_EXPECT_MSG_EQ(even.n, 4u, "the negative value (phase absent) is left out");
        NS_TEST_EXPECT_MSG_EQ_TOL(even.median, 25.0, 1e-12, "median of an even sample");
        NS_TEST_EXPECT_MSG_EQ_TOL(even.mean, 25.0, 1e-12, "mean");
        // 5.840909 * 12.909944 / 2
        NS_TEST_EXPECT_MSG_EQ_TOL(even.halfWidth, 37.70288, 1e-4, "99 % half-width");

        SampleSummary one = RoamStatistics::Summarize({7.5});
        NS_TEST_EXPECT_MSG_EQ(one.n, 1u, "one value");
        NS_TEST_EXPECT_MSG_EQ_TOL(one.mean, 7.5, 1e-12, "its mean");
        NS_TEST_EXPECT_MSG_EQ(one.halfWidth, 0.0, "no interval from one value");

        SampleSummary none = RoamStatistics::Summarize({-1, -1});
        NS_TEST_EXPECT_MSG_EQ(none.n, 0u, "nothing left");
    }
};

/// The statistics tests.
class RoamStatisticsTestSuite : public TestSuite
{
  public:
    RoamStatisticsTestSuite()
        : TestSuite("wlc-roam-statistics", WLC_TEST_UNIT)
    {
        AddTestCase(new TQuantileTestCase, WLC_TEST_QUICK);
        AddTestCase(new SummaryTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
RoamStatisticsTestSuite g_roamStatisticsTestSuite;

} // namespace
