/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-ap-wifi-mac.h"

#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/wifi-mac-frames.h"
#include "ns3/wifi-mac-queue.h"
#include "ns3/wifi-mpdu.h"

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
                            "ns3::WlcApWifiMac::AuthenticationTracedCallback")
            .AddTraceSource("ResponseElementsLost",
                            "A response left before its elements could be appended (station, "
                            "response type); it went without them.",
                            MakeTraceSourceAccessor(&WlcApWifiMac::m_lostTrace),
                            "ns3::WlcApWifiMac::ElementsLostTracedCallback");
    return tid;
}

WlcApWifiMac::WlcApWifiMac()
{
    NS_LOG_FUNCTION(this);
    wlcmac::InstallAuthenticationFilter(
        this,
        m_rxMiddle,
        MakeCallback(&WlcApWifiMac::AuthenticationReceived, this),
        [this](Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive) {
            AroundReceive(mpdu, receive);
        });
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
WlcApWifiMac::SetResponseElementsCallback(ResponseElementsCallback callback)
{
    m_responseElements = std::move(callback);
    if (m_responseElements && !m_tracesConnected)
    {
        for (const auto& queue : wlcmac::GetQueues(this))
        {
            queue->TraceConnectWithoutContext("Enqueue",
                                              MakeCallback(&WlcApWifiMac::Enqueued, this));
        }
        m_tracesConnected = true;
    }
}

void
WlcApWifiMac::AroundReceive(Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (!m_responseElements ||
        !(header.IsProbeReq() || header.IsAssocReq() || header.IsReassocReq()))
    {
        receive();
        return;
    }
    Ptr<const Packet> packet = mpdu->GetPacket();
    std::vector<uint8_t> body(packet->GetSize());
    packet->CopyData(body.data(), body.size());
    std::vector<uint8_t> elements = m_responseElements(header.GetAddr2(), header.GetType(), body);
    if (elements.empty())
    {
        receive();
        return;
    }
    m_capturing = true;
    m_captureFor = header.GetAddr2();
    m_captured = nullptr;
    receive();
    m_capturing = false;
    Ptr<const WifiMpdu> response = m_captured;
    m_captured = nullptr;
    if (!response)
    {
        return; // ApWifiMac did not answer (another SSID, say)
    }
    if (!wlcmac::AppendToQueued(this, response, elements))
    {
        NS_LOG_WARN("response to " << m_captureFor << " left before its elements were added");
        m_lostTrace(m_captureFor, response->GetHeader().GetType());
        return;
    }
    NS_LOG_DEBUG(elements.size() << " bytes of elements appended to the response to "
                                 << m_captureFor);
}

void
WlcApWifiMac::Enqueued(Ptr<const WifiMpdu> mpdu)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (m_capturing && !m_captured && header.GetAddr1() == m_captureFor &&
        (header.IsProbeResp() || header.IsAssocResp() || header.IsReassocResp()))
    {
        m_captured = mpdu;
    }
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
