/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-sta-wifi-mac.h"

#include "ns3/log.h"
#include "ns3/packet.h"
#include "ns3/qos-txop.h"
#include "ns3/wifi-mac-frames.h"
#include "ns3/wifi-mac-header.h"
#include "ns3/wifi-mac-queue.h"
#include "ns3/wifi-mpdu.h"
#include "ns3/wifi-phy.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcStaWifiMac");
NS_OBJECT_ENSURE_REGISTERED(WlcStaWifiMac);

namespace
{
/// Capability Information (2 bytes) and Listen Interval (2 bytes) open both request bodies.
constexpr std::size_t FIXED_FIELDS_SIZE = 4;
} // namespace

TypeId
WlcStaWifiMac::GetTypeId()
{
    static TypeId tid =
        TypeId("ns3::WlcStaWifiMac")
            .SetParent<StaWifiMac>()
            .SetGroupName("Wlc")
            .AddConstructor<WlcStaWifiMac>()
            .AddTraceSource("Disassociation",
                            "A Disassociation frame was queued for the AP.",
                            MakeTraceSourceAccessor(&WlcStaWifiMac::m_disassocTrace),
                            "ns3::WlcStaWifiMac::DisassociationTracedCallback")
            .AddTraceSource("ReassociationRequest",
                            "An Association Request was turned into a Reassociation Request.",
                            MakeTraceSourceAccessor(&WlcStaWifiMac::m_reassocTrace),
                            "ns3::WlcStaWifiMac::ReassociationTracedCallback")
            .AddTraceSource("AuthenticationReceived",
                            "An 802.11 Authentication frame arrived (sender, body).",
                            MakeTraceSourceAccessor(&WlcStaWifiMac::m_authTrace),
                            "ns3::WlcStaWifiMac::AuthenticationTracedCallback");
    return tid;
}

WlcStaWifiMac::WlcStaWifiMac()
{
    NS_LOG_FUNCTION(this);
    // ns-3's StaWifiMac stops the simulation on an Authentication frame: they come here
    wlcmac::InstallAuthenticationFilter(
        this,
        m_rxMiddle,
        MakeCallback(&WlcStaWifiMac::AuthenticationReceived, this),
        [this](Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive) {
            AroundReceive(mpdu, receive);
        });
}

void
WlcStaWifiMac::SetResponseCallback(ResponseCallback callback)
{
    m_response = std::move(callback);
}

void
WlcStaWifiMac::AroundReceive(Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (m_response && (header.IsBeacon() ||
                       (header.GetAddr1() == GetAddress() &&
                        (header.IsProbeResp() || header.IsAssocResp() || header.IsReassocResp()))))
    {
        Ptr<const Packet> packet = mpdu->GetPacket();
        std::vector<uint8_t> body(packet->GetSize());
        packet->CopyData(body.data(), body.size());
        m_response(header.GetAddr3(), header.GetType(), body);
    }
    receive();
}

void
WlcStaWifiMac::SendAuthentication(Mac48Address bssid, const std::vector<uint8_t>& body)
{
    NS_LOG_FUNCTION(this << bssid << body.size());
    wlcmac::QueueAuthentication(this, bssid, bssid, body);
}

void
WlcStaWifiMac::AuthenticationReceived(Mac48Address from,
                                      Mac48Address bssid,
                                      const std::vector<uint8_t>& body)
{
    NS_LOG_FUNCTION(this << from << bssid << body.size());
    m_authTrace(from, body);
}

WlcStaWifiMac::~WlcStaWifiMac()
{
    NS_LOG_FUNCTION(this);
}

void
WlcStaWifiMac::SetOffChannel(bool offChannel)
{
    NS_LOG_FUNCTION(this << offChannel);
    m_offChannel = offChannel;
}

bool
WlcStaWifiMac::IsOffChannel() const
{
    return m_offChannel;
}

void
WlcStaWifiMac::SetChannelSwitchedCallback(ChannelSwitchedCallback callback)
{
    m_channelSwitched = callback;
}

void
WlcStaWifiMac::SetRsnElementCallback(RsnElementCallback callback)
{
    m_rsnElement = std::move(callback);
}

void
WlcStaWifiMac::SetRequestCallback(RequestCallback callback)
{
    m_requestQueued = std::move(callback);
    ConnectQueueTraces();
}

void
WlcStaWifiMac::ConnectQueueTraces()
{
    if (m_tracesConnected)
    {
        return;
    }
    for (const auto& queue : GetQueues())
    {
        queue->TraceConnectWithoutContext("Enqueue", MakeCallback(&WlcStaWifiMac::Enqueued, this));
    }
    m_tracesConnected = true;
}

void
WlcStaWifiMac::NotifyChannelSwitching(uint8_t linkId)
{
    NS_LOG_FUNCTION(this << unsigned(linkId) << m_offChannel);
    if (m_offChannel)
    {
        // an off-channel dwell: the association and the AP's remote station state stay
        if (!m_channelSwitched.IsNull())
        {
            m_channelSwitched(true);
        }
        return;
    }
    StaWifiMac::NotifyChannelSwitching(linkId);
    if (!m_channelSwitched.IsNull())
    {
        m_channelSwitched(false);
    }
}

std::optional<Mac48Address>
WlcStaWifiMac::GetAssociatedBssid() const
{
    if (!IsAssociated())
    {
        return std::nullopt;
    }
    return GetBssid(0);
}

bool
WlcStaWifiMac::SendDisassociation(uint16_t reason)
{
    std::optional<Mac48Address> bssid = GetAssociatedBssid();
    NS_LOG_FUNCTION(this << reason << bssid.has_value());
    if (!bssid)
    {
        return false;
    }
    WifiMacHeader header;
    header.SetType(WIFI_MAC_MGT_DISASSOCIATION);
    header.SetAddr1(*bssid);
    header.SetAddr2(GetAddress());
    header.SetAddr3(*bssid);
    header.SetDsNotFrom();
    header.SetDsNotTo();
    const uint8_t body[2] = {static_cast<uint8_t>(reason & 0xff),
                             static_cast<uint8_t>(reason >> 8)};
    Ptr<Packet> packet = Create<Packet>(body, sizeof(body));
    // management frames of a QoS station use AC_VO (802.11-2020 10.2.3.2)
    Ptr<Txop> txop = GetQosSupported() ? Ptr<Txop>(GetQosTxop(AC_VO)) : GetTxop();
    txop->Queue(Create<WifiMpdu>(packet, header));
    m_disassocTrace(*bssid, reason);
    return true;
}

bool
WlcStaWifiMac::LeaveBss()
{
    NS_LOG_FUNCTION(this);
    if (!IsAssociated())
    {
        return false;
    }
    // StaWifiMac ends an association (and starts scanning) when it is told of a channel switch;
    // it has no other way to leave a BSS that is still in range
    StaWifiMac::NotifyChannelSwitching(0);
    return true;
}

void
WlcStaWifiMac::PrepareReassociation(Mac48Address currentAp)
{
    NS_LOG_FUNCTION(this << currentAp);
    m_reassocFrom = currentAp;
    ConnectQueueTraces();
}

void
WlcStaWifiMac::CancelReassociation()
{
    NS_LOG_FUNCTION(this);
    m_reassocFrom.reset();
    m_request = nullptr;
}

void
WlcStaWifiMac::JoinWithRequestHeld(const std::function<void()>& queueRequest)
{
    NS_LOG_FUNCTION(this);
    // a PHY that is asleep gets no channel access, so the request cannot leave before it was
    // replaced. A PHY that is receiving or transmitting keeps the medium busy, which holds
    // channel access back just as well (and cannot be put to sleep at once).
    Ptr<WifiPhy> phy = GetWifiPhy(0);
    bool hold = phy->IsStateIdle() || phy->IsStateCcaBusy();
    if (hold)
    {
        phy->SetSleepMode();
    }
    m_holding = true;
    queueRequest();
    m_holding = false;
    ReplaceRequest();
    if (hold)
    {
        phy->ResumeFromSleep();
    }
}

bool
WlcStaWifiMac::HasQueuedFrames() const
{
    for (const auto& queue : GetQueues())
    {
        if (!queue->IsEmpty())
        {
            return true;
        }
    }
    return false;
}

std::vector<Ptr<WifiMacQueue>>
WlcStaWifiMac::GetQueues() const
{
    return wlcmac::GetQueues(this);
}

void
WlcStaWifiMac::Enqueued(Ptr<const WifiMpdu> mpdu)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (m_holding && (m_reassocFrom || m_rsnElement) && header.IsAssocReq())
    {
        NS_LOG_FUNCTION(this << *mpdu);
        m_request = mpdu; // ReplaceRequest() reports it
        return;
    }
    if ((header.IsAssocReq() || header.IsReassocReq()) && m_requestQueued)
    {
        m_requestQueued(header.GetAddr1(), {}); // ns-3's own request (or retry): no RSN element
    }
}

void
WlcStaWifiMac::ReplaceRequest()
{
    Ptr<const WifiMpdu> request = m_request;
    m_request = nullptr;
    if (!request)
    {
        return;
    }
    if (!m_reassocFrom)
    {
        // an Association Request: the supplicant's elements, if any, are appended
        std::vector<uint8_t> elements;
        if (m_rsnElement)
        {
            elements = m_rsnElement(request->GetHeader().GetAddr1(), false);
        }
        bool appended = !elements.empty() && wlcmac::AppendToQueued(this, request, elements);
        if (m_requestQueued)
        {
            m_requestQueued(request->GetHeader().GetAddr1(),
                            appended ? elements : std::vector<uint8_t>());
        }
        return;
    }
    Mac48Address currentAp = *m_reassocFrom;
    m_reassocFrom.reset();
    if (!request->IsQueued() || request->IsInFlight())
    {
        NS_LOG_WARN("the Association Request left the queue before it could be replaced");
        if (m_requestQueued)
        {
            m_requestQueued(request->GetHeader().GetAddr1(), {});
        }
        return;
    }
    Ptr<const Packet> body = request->GetPacket();
    std::vector<uint8_t> bytes(body->GetSize());
    body->CopyData(bytes.data(), bytes.size());
    if (bytes.size() < FIXED_FIELDS_SIZE)
    {
        return;
    }
    // Reassociation Request body: Capability Information, Listen Interval, Current AP Address,
    // then the same elements as the Association Request
    std::vector<uint8_t> reassoc(bytes.begin(), bytes.begin() + FIXED_FIELDS_SIZE);
    uint8_t address[6];
    currentAp.CopyTo(address);
    reassoc.insert(reassoc.end(), address, address + sizeof(address));
    reassoc.insert(reassoc.end(), bytes.begin() + FIXED_FIELDS_SIZE, bytes.end());
    WifiMacHeader header = request->GetHeader();
    std::vector<uint8_t> rsn;
    if (m_rsnElement)
    {
        rsn = m_rsnElement(header.GetAddr1(), true);
        reassoc.insert(reassoc.end(), rsn.begin(), rsn.end());
    }
    header.SetType(WIFI_MAC_MGT_REASSOCIATION_REQUEST);
    Ptr<WifiMpdu> replacement =
        Create<WifiMpdu>(Create<Packet>(reassoc.data(), reassoc.size()), header);
    AcIndex ac = request->GetQueueAc();
    Ptr<WifiMacQueue> queue =
        ac == AC_BE_NQOS ? GetTxop()->GetWifiMacQueue() : GetQosTxop(ac)->GetWifiMacQueue();
    queue->Replace(request, replacement);
    if (m_requestQueued)
    {
        m_requestQueued(header.GetAddr1(), rsn);
    }
    NS_LOG_DEBUG("Reassociation Request to " << header.GetAddr1() << ", current AP " << currentAp);
    m_reassocTrace(header.GetAddr1(), currentAp);
}

} // namespace ns3
