/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

/**
 * \file
 * \ingroup wlc-test
 * 802.11 Authentication frames between a WlcStaWifiMac station and a WlcApWifiMac AP: ns-3's
 * own MACs stop the simulation on them; the module's MACs exchange them (for 802.11r) while
 * every other frame still takes ns-3's path (the station associates).
 */

#include "wlc-test-util.h"

#include "ns3/ft-authentication-frame.h"
#include "ns3/mobility-helper.h"
#include "ns3/mobility-model.h"
#include "ns3/node-container.h"
#include "ns3/rsn-element.h"
#include "ns3/simulator.h"
#include "ns3/ssid.h"
#include "ns3/string.h"
#include "ns3/test.h"
#include "ns3/wifi-helper.h"
#include "ns3/wifi-mac-helper.h"
#include "ns3/wifi-net-device.h"
#include "ns3/wlc-ap-wifi-mac.h"
#include "ns3/wlc-ns3-compat.h"
#include "ns3/wlc-sta-wifi-mac.h"
#include "ns3/yans-wifi-helper.h"

#include <string>
#include <vector>

using namespace ns3;

namespace
{

/// \param sequence 1 (station) or 2 (AP) \param fill a byte for the nonce \return an FT body
std::vector<uint8_t>
FtBody(uint16_t sequence, uint8_t fill)
{
    FtAuthenticationFrame frame;
    frame.SetTransactionSequence(sequence);
    frame.SetStatusCode(0);
    RsnElement rsn;
    rsn.SetAkmSuites({RsnElement::AKM_FT_PSK});
    rsn.SetPmkids({std::vector<uint8_t>(16, 0x11)});
    frame.SetRsne(rsn);
    MobilityDomainElement mde;
    mde.SetMdid(0x0201);
    frame.SetMde(mde);
    FastBssTransitionElement fte;
    fte.SetSNonce(std::vector<uint8_t>(32, fill));
    fte.SetR0khId({'w', 'l', 'c', '1'});
    frame.SetFte(fte);
    return frame.Encode();
}

/// The exchange.
class AuthenticationExchangeTestCase : public TestCase
{
  public:
    AuthenticationExchangeTestCase()
        : TestCase("Authentication frames reach the module's MACs; other frames take ns-3's path")
    {
    }

  private:
    void DoRun() override
    {
        NodeContainer nodes;
        nodes.Create(2);
        YansWifiChannelHelper channel = YansWifiChannelHelper::Default();
        YansWifiPhyHelper phy;
        phy.SetChannel(channel.Create());
        WifiHelper wifi;
        wifi.SetStandard(WIFI_STANDARD_80211a);
        WifiMacHelper mac;
        mac.SetType("ns3::WlcApWifiMac", "Ssid", SsidValue(Ssid("ft")));
        Ptr<WifiNetDevice> ap =
            DynamicCast<WifiNetDevice>(wifi.Install(phy, mac, nodes.Get(0)).Get(0));
        mac.SetType("ns3::WlcStaWifiMac", "Ssid", SsidValue(Ssid("ft")));
        Ptr<WifiNetDevice> sta =
            DynamicCast<WifiNetDevice>(wifi.Install(phy, mac, nodes.Get(1)).Get(0));
        MobilityHelper mobility;
        mobility.Install(nodes);
        nodes.Get(1)->GetObject<MobilityModel>()->SetPosition(Vector(5, 0, 0));

        Ptr<WlcApWifiMac> apMac = DynamicCast<WlcApWifiMac>(ap->GetMac());
        Ptr<WlcStaWifiMac> staMac = DynamicCast<WlcStaWifiMac>(sta->GetMac());
        WLC_REQUIRE_NE(apMac, nullptr, "the AP has a WlcApWifiMac");
        WLC_REQUIRE_NE(staMac, nullptr, "the station has a WlcStaWifiMac");
        Mac48Address bssid = Mac48Address::ConvertFrom(ap->GetAddress());
        Mac48Address station = Mac48Address::ConvertFrom(sta->GetAddress());

        std::vector<Mac48Address> associations;
        staMac->TraceConnectWithoutContext(
            "Assoc",
            Callback<void, Mac48Address>([&](Mac48Address b) { associations.push_back(b); }));
        std::vector<std::pair<Mac48Address, std::vector<uint8_t>>> atAp;
        std::vector<std::pair<Mac48Address, std::vector<uint8_t>>> atSta;
        const std::vector<uint8_t> request = FtBody(1, 0x22);
        const std::vector<uint8_t> response = FtBody(2, 0x33);
        apMac->TraceConnectWithoutContext(
            "AuthenticationReceived",
            Callback<void, Mac48Address, const std::vector<uint8_t>&>(
                [&](Mac48Address from, const std::vector<uint8_t>& body) {
                    atAp.emplace_back(from, body);
                    apMac->SendAuthentication(from, response);
                }));
        staMac->TraceConnectWithoutContext(
            "AuthenticationReceived",
            Callback<void, Mac48Address, const std::vector<uint8_t>&>(
                [&](Mac48Address from, const std::vector<uint8_t>& body) {
                    atSta.emplace_back(from, body);
                }));
        Simulator::Schedule(Seconds(2), [&]() { staMac->SendAuthentication(bssid, request); });
        Simulator::Stop(Seconds(3));
        Simulator::Run();
        bool stillAssociated = staMac->IsAssociated();
        Simulator::Destroy();

        WLC_REQUIRE_EQ(associations.size(), 1u, "the station associated (ns-3's path works)");
        NS_TEST_EXPECT_MSG_EQ(associations[0], bssid, "with the AP");
        WLC_REQUIRE_EQ(atAp.size(), 1u, "the AP got one Authentication frame");
        NS_TEST_EXPECT_MSG_EQ(atAp[0].first, station, "from the station");
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(atAp[0].second),
                              wlctest::HexString(request),
                              "its body as sent");
        WLC_REQUIRE_EQ(atSta.size(), 1u, "the station got the answer");
        NS_TEST_EXPECT_MSG_EQ(atSta[0].first, bssid, "from the AP");
        NS_TEST_EXPECT_MSG_EQ(wlctest::HexString(atSta[0].second),
                              wlctest::HexString(response),
                              "its body as sent");
        FtAuthenticationFrame decoded;
        std::string why;
        NS_TEST_EXPECT_MSG_EQ(FtAuthenticationFrame::Decode(atSta[0].second, decoded, why),
                              true,
                              why);
        NS_TEST_EXPECT_MSG_EQ(decoded.GetTransactionSequence(), 2, "sequence 2");
        NS_TEST_EXPECT_MSG_EQ(stillAssociated, true, "the exchange left the association alone");
    }
};

/// The suite.
class WifiAuthenticationTestSuite : public TestSuite
{
  public:
    WifiAuthenticationTestSuite()
        : TestSuite("wlc-wifi-authentication", WLC_TEST_SYSTEM)
    {
        AddTestCase(new AuthenticationExchangeTestCase, WLC_TEST_QUICK);
    }
};

/// Registers the suite.
WifiAuthenticationTestSuite g_wifiAuthenticationTestSuite;

} // namespace
