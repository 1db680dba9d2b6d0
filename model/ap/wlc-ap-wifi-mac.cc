/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-ap-wifi-mac.h"

#include "ns3/channel-access-manager.h"
#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/wifi-mac-frames.h"
#include "ns3/wifi-mac-queue.h"
#include "ns3/wifi-mpdu.h"
#include "ns3/wifi-phy.h"

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
                            "A response or Beacon left before its elements could be appended "
                            "(station, or broadcast for a Beacon; frame type); it went without "
                            "them.",
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
WlcApWifiMac::SetBeaconElements(const std::vector<uint8_t>& elements)
{
    NS_LOG_FUNCTION(this << elements.size());
    m_beaconElements = elements;
    if (m_beaconElements.empty() || m_beaconTraceConnected)
    {
        return;
    }
    Ptr<WifiMacQueue> queue = GetTxopQueue(AC_BEACON);
    NS_ABORT_MSG_UNLESS(queue, "WlcApWifiMac: ns-3's ApWifiMac has no beacon queue");
    queue->TraceConnectWithoutContext("Enqueue", MakeCallback(&WlcApWifiMac::BeaconEnqueued, this));
    m_beaconTraceConnected = true;
}

void
WlcApWifiMac::BeaconEnqueued(Ptr<const WifiMpdu> mpdu)
{
    if (m_beaconElements.empty() || m_replacingBeacon || !mpdu->GetHeader().IsBeacon())
    {
        return; // (the Beacon with the elements enters the queue while it is replaced)
    }
    // The Beacon is not yet in the queue's index here (it cannot be replaced before this event
    // ends), and the beacon function may be granted access as soon as this trace returns: when
    // the medium has been idle for its AIFS (a PIFS), a NAV of zero length defers that grant by
    // a PIFS. It shortens no NAV, and the backoffs under way are brought up to date first.
    Ptr<ChannelAccessManager> access = GetChannelAccessManager();
    Ptr<WifiPhy> phy = GetWifiPhy();
    if (access && phy && access->GetAccessGrantStart() + phy->GetSlot() <= Simulator::Now())
    {
        access->NotifyNavStartNow(Seconds(0));
    }
    Simulator::ScheduleNow(&WlcApWifiMac::AppendBeaconElements, this, mpdu);
}

void
WlcApWifiMac::AppendBeaconElements(Ptr<const WifiMpdu> beacon)
{
    if (m_beaconElements.empty())
    {
        return;
    }
    m_replacingBeacon = true;
    bool appended = wlcmac::AppendToQueued(this, beacon, m_beaconElements);
    m_replacingBeacon = false;
    if (!appended)
    {
        NS_LOG_WARN("a Beacon left before its elements were added");
        m_lostTrace(Mac48Address::GetBroadcast(), WIFI_MAC_MGT_BEACON);
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
