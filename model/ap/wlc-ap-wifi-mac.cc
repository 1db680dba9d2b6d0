/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-ap-wifi-mac.h"

#include "ns3/log.h"
#include "ns3/wifi-mac-frames.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcApWifiMac");
NS_OBJECT_ENSURE_REGISTERED(WlcApWifiMac);

TypeId
WlcApWifiMac::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcApWifiMac")
            .SetParent<ApWifiMac>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcApWifiMac>()
            .AddTraceSource("AuthenticationReceived",
                            "An 802.11 Authentication frame arrived (sender, body).",
                            MakeTraceSourceAccessor(&WlcApWifiMac::m_authTrace),
                            "ns3::WlcApWifiMac::AuthenticationTracedCallback");
    return tid;
}

WlcApWifiMac::WlcApWifiMac()
{
    NS_LOG_FUNCTION(this);
    wlcmac::InstallAuthenticationFilter(this,
                                        m_rxMiddle,
                                        MakeCallback(&WlcApWifiMac::AuthenticationReceived, this));
}

WlcApWifiMac::~WlcApWifiMac()
{
    NS_LOG_FUNCTION(this);
}

void
WlcApWifiMac::SendAuthentication(Mac48Address to, const std::vector<uint8_t>& body)
{
    NS_LOG_FUNCTION(this << to << body.size());
    wlcmac::QueueAuthentication(this, to, GetAddress(), body);
}

void
WlcApWifiMac::AuthenticationReceived(Mac48Address from,
                                     Mac48Address bssid,
                                     const std::vector<uint8_t>& body)
{
    NS_LOG_FUNCTION(this << from << bssid << body.size());
    m_authTrace(from, body);
}

} // namespace ns3
