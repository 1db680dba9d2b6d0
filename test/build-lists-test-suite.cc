/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-tests
 * The file lists of CMakeLists.txt (CMake-era ns-3 and the standalone build) and wscript (waf-era
 * ns-3) must name the same sources, headers, tests and examples, and every file they name exists.
 */

#include "wlc-test-util.h"

#include "ns3/test.h"
#include "ns3/wlc-ns3-compat.h"

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace ns3
{
namespace
{

/// The files named in one build description, by kind.
struct BuildLists
{
    std::set<std::string> sources;  //!< model/ and helper/ .cc files
    std::set<std::string> headers;  //!< .h files
    std::set<std::string> tests;    //!< test/ .cc files
    std::set<std::string> examples; //!< example .cc files
};

/// Reads the build files of the module and compares them.
class BuildListsTestCase : public TestCase
{
  public:
    BuildListsTestCase()
        : TestCase("CMakeLists.txt and wscript list the same files, and those files exist")
    {
    }

  private:
    /// \param relative path below the module root \return the file's text, or "" if unreadable
    std::string Read(const std::string& relative)
    {
        std::ifstream in(m_root + "/" + relative);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }

    /// Collect the module-relative file names in \p text into \p lists.
    static void Collect(const std::string& text, BuildLists& lists)
    {
        // strip comments so that commented-out files do not count
        std::string code = std::regex_replace(text, std::regex("#[^\n]*"), "");
        std::regex file("((model|helper|test|examples)/)?[A-Za-z0-9_./-]+\\.(cc|h)\\b");
        for (auto it = std::sregex_iterator(code.begin(), code.end(), file);
             it != std::sregex_iterator();
             ++it)
        {
            std::string name = it->str();
            if (name.rfind("test/", 0) == 0)
            {
                lists.tests.insert(name);
            }
            else if (name.rfind("model/", 0) == 0 || name.rfind("helper/", 0) == 0)
            {
                (name.back() == 'h' ? lists.headers : lists.sources).insert(name);
            }
            else if (name.find('/') == std::string::npos)
            {
                lists.examples.insert(name);
            }
        }
    }

    /// Report every element of one set missing from the other.
    void Compare(const std::set<std::string>& cmake,
                 const std::set<std::string>& waf,
                 const std::string& kind)
    {
        for (const auto& name : cmake)
        {
            NS_TEST_EXPECT_MSG_EQ(waf.count(name),
                                  1u,
                                  kind << " " << name << " is in CMakeLists.txt, not in wscript");
        }
        for (const auto& name : waf)
        {
            NS_TEST_EXPECT_MSG_EQ(cmake.count(name),
                                  1u,
                                  kind << " " << name << " is in wscript, not in CMakeLists.txt");
        }
    }

    void DoRun() override
    {
        m_root = wlctest::ModuleSourceDir();
        NS_TEST_ASSERT_MSG_EQ(m_root.empty(), false, "cannot find the module's source directory");
        BuildLists cmake;
        BuildLists waf;
        std::string cmakeText = Read("CMakeLists.txt");
        std::string wafText = Read("wscript");
        NS_TEST_ASSERT_MSG_EQ(cmakeText.empty(), false, "cannot read CMakeLists.txt");
        NS_TEST_ASSERT_MSG_EQ(wafText.empty(), false, "cannot read wscript");
        Collect(cmakeText, cmake);
        Collect(wafText, waf);
        Collect(Read("examples/CMakeLists.txt"), cmake);
        Collect(Read("examples/wscript"), waf);

        NS_TEST_ASSERT_MSG_GT(cmake.sources.size(), 0u, "no sources found in CMakeLists.txt");
        NS_TEST_ASSERT_MSG_GT(cmake.tests.size(), 0u, "no tests found in CMakeLists.txt");
        Compare(cmake.sources, waf.sources, "source");
        Compare(cmake.headers, waf.headers, "header");
        Compare(cmake.tests, waf.tests, "test");
        Compare(cmake.examples, waf.examples, "example");

        for (const auto* list : {&cmake.sources, &cmake.headers, &cmake.tests})
        {
            for (const auto& name : *list)
            {
                std::ifstream file(m_root + "/" + name);
                NS_TEST_EXPECT_MSG_EQ(file.good(), true, name << " is listed but does not exist");
            }
        }
        for (const auto& name : cmake.examples)
        {
            std::ifstream file(m_root + "/examples/" + name);
            NS_TEST_EXPECT_MSG_EQ(file.good(), true, name << " is listed but does not exist");
        }
    }

    std::string m_root; //!< the module's source directory
};

/// The suite.
class BuildListsTestSuite : public TestSuite
{
  public:
    BuildListsTestSuite()
        : TestSuite("wlc-build-lists", WLC_TEST_UNIT)
    {
        AddTestCase(new BuildListsTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
BuildListsTestSuite g_buildListsTestSuite;

} // namespace
} // namespace ns3
