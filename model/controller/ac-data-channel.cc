/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "ac-data-channel.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/capwap-data-message.h"
#include "ns3/dot11-data-frame.h"
#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/dot11-mgmt-frame.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("AcDataChannel");
NS_OBJECT_ENSURE_REGISTERED(AcDataChannel);

TypeId
AcDataChannel::GetTypeId()
{
    static TypeId tid = TypeId("ns3::AcDataChannel")
                            .SetParent<Object>()
                            .SetGroupName("Wlc")
                            .AddConstructor<AcDataChannel>();
    return tid;
}

AcDataChannel::AcDataChannel()
{
    NS_LOG_FUNCTION(this);
}

AcDataChannel::~AcDataChannel()
{
    NS_LOG_FUNCTION(this);
}

void
AcDataChannel::DoDispose()
{
    m_socket = nullptr;
    m_aps = nullptr;
    m_association = AssociationCallback();
    m_frame = FrameCallback();
    m_authentication = AuthenticationCallback();
    m_keepAlive = nullptr;
    m_drop = nullptr;
    Object::DoDispose();
}

void
AcDataChannel::Open(Ptr<Node> node, Ipv4Address address, ApTable* aps, bool swapFrameControl)
{
    NS_LOG_FUNCTION(this << node << address);
    m_aps = aps;
    m_swapFrameControl = swapFrameControl;
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    m_socket->Bind(InetSocketAddress(address, capwap::DATA_PORT));
    m_socket->SetRecvCallback(MakeCallback(&AcDataChannel::Receive, this));
}

void
AcDataChannel::Close()
{
    if (m_socket)
    {
        m_socket->Close();
        m_socket = nullptr;
    }
}

void
AcDataChannel::SetAssociationCallback(AssociationCallback cb)
{
    m_association = cb;
}

void
AcDataChannel::SetAuthenticationCallback(AuthenticationCallback cb)
{
    m_authentication = cb;
}

void
AcDataChannel::SetFrameCallback(FrameCallback cb)
{
    m_frame = cb;
}

void
AcDataChannel::SetKeepAliveFunction(KeepAliveFunction keepAlive)
{
    m_keepAlive = std::move(keepAlive);
}

void
AcDataChannel::SetDropFunction(DropFunction drop)
{
    m_drop = std::move(drop);
}

void
AcDataChannel::Receive(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        InetSocketAddress source = InetSocketAddress::ConvertFrom(from);
        const ApEntry* ap = m_aps->FindByIp(source.GetIpv4());
        if (!ap)
        {
            Drop(packet, "data channel packet from an AP that has not joined");
            continue;
        }
        CapwapDataMessage message;
        std::string why;
        if (!CapwapDataMessage::FromPacket(packet, message, why))
        {
            Drop(packet, "malformed data channel packet: " + why);
            continue;
        }
        if (message.IsKeepAlive())
        {
            CapwapSessionIdElement session;
            if (!message.GetSessionId(session, why))
            {
                Drop(packet, "keep-alive without a valid Session ID: " + why);
                continue;
            }
            HandleKeepAlive(*ap, session.sessionId, source.GetPort());
            continue;
        }
        if (ap->state != ApSessionState::RUN || source.GetPort() != ap->dataPort)
        {
            Drop(packet, "frame from an AP whose data channel is not up");
            continue;
        }
        if (!message.IsIeee80211Frame())
        {
            Drop(packet, "data channel frame is not in IEEE 802.11 format");
            continue;
        }
        HandleFrame(*ap, message.GetHeader().rid, message.GetPayload());
    }
}

void
AcDataChannel::HandleKeepAlive(const ApEntry& ap,
                               const std::array<uint8_t, 16>& sessionId,
                               uint16_t port)
{
    if (sessionId != ap.sessionId)
    {
        Drop(Create<Packet>(), "keep-alive with another Session ID");
        return;
    }
    Mac48Address apMac = ap.ethernetMac;
    bool first = ap.state == ApSessionState::DATA_CHECK;
    m_aps->Modify(apMac, [port](ApEntry& entry) { entry.dataPort = port; });
    CapwapSessionIdElement session;
    session.sessionId = sessionId;
    m_socket->SendTo(CapwapDataMessage::CreateKeepAlive(session).ToPacket(),
                     0,
                     InetSocketAddress(ap.ip, port));
    if (m_keepAlive)
    {
        m_keepAlive(apMac, first);
    }
}

void
AcDataChannel::HandleFrame(const ApEntry& ap, uint8_t radioId, const std::vector<uint8_t>& frame)
{
    ByteReader peek(frame);
    Dot11FrameControl frameControl;
    if (!Dot11FrameControl::Peek(peek, m_swapFrameControl, frameControl))
    {
        Drop(Create<Packet>(frame.data(), frame.size()), "tunnelled frame too short");
        return;
    }
    std::string why;
    ByteReader reader(frame);
    if (frameControl.type == Dot11FrameControl::TYPE_MANAGEMENT &&
        frameControl.subtype == Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION)
    {
        Dot11MgmtBodyFrame authentication;
        if (!Dot11MgmtBodyFrame::Decode(frame, m_swapFrameControl, authentication, why) ||
            authentication.GetDestination() != ap.radioMac)
        {
            Drop(Create<Packet>(frame.data(), frame.size()),
                 "tunnelled Authentication frame not valid for the AP's BSS: " + why);
            return;
        }
        if (m_authentication.IsNull())
        {
            Drop(Create<Packet>(frame.data(), frame.size()),
                 "tunnelled Authentication frame dropped: nobody handles Authentication frames");
            return;
        }
        std::string refused = m_authentication(ap,
                                               radioId,
                                               authentication.GetSource(),
                                               authentication.GetBssid(),
                                               authentication.GetBody());
        if (!refused.empty())
        {
            Drop(Create<Packet>(frame.data(), frame.size()),
                 "tunnelled Authentication frame dropped: " + refused);
        }
        return;
    }
    if (frameControl.type == Dot11FrameControl::TYPE_MANAGEMENT)
    {
        Dot11AssocRequest request;
        if (!Dot11AssocRequest::Decode(reader,
                                       Dot11FcsMode::ABSENT,
                                       m_swapFrameControl,
                                       request,
                                       why))
        {
            Drop(Create<Packet>(frame.data(), frame.size()),
                 "tunnelled management frame not understood: " + why);
            return;
        }
        if (!m_association.IsNull())
        {
            m_association(ap, radioId, request);
        }
        return;
    }
    Dot11DataFrame data;
    if (!Dot11DataFrame::Decode(reader, m_swapFrameControl, data, why))
    {
        Drop(Create<Packet>(frame.data(), frame.size()), "tunnelled frame not valid: " + why);
        return;
    }
    if (!data.GetFrameControl().toDs || data.GetBssid() != ap.radioMac)
    {
        Drop(Create<Packet>(frame.data(), frame.size()),
             "tunnelled data frame not addressed to the AP's BSS");
        return;
    }
    if (!m_frame.IsNull())
    {
        const std::vector<uint8_t>& payload = data.GetPayload();
        m_frame(ap,
                Create<Packet>(payload.data(), payload.size()),
                data.GetSource(),
                data.GetDestination(),
                data.GetEtherType());
    }
}

bool
AcDataChannel::SendToStation(Mac48Address apMac,
                             uint8_t radioId,
                             Mac48Address bssid,
                             Ptr<const Packet> payload,
                             Mac48Address source,
                             Mac48Address destination,
                             uint16_t etherType)
{
    const ApEntry* ap = m_aps->FindByMac(apMac);
    if (!ap || ap->state != ApSessionState::RUN)
    {
        Drop(payload, "frame for a station of an AP that is not joined");
        return false;
    }
    Dot11DataFrame frame = Dot11DataFrame::MakeDownlink(bssid,
                                                        source,
                                                        destination,
                                                        etherType,
                                                        ByteReader::PacketBytes(payload));
    frame.SetSequenceNumber(m_sequenceNumber);
    m_sequenceNumber = (m_sequenceNumber + 1) % 4096;
    ByteWriter writer;
    frame.Encode(writer, m_swapFrameControl);
    m_socket->SendTo(CapwapDataMessage::CreateIeee80211Frame(writer.GetBytes(), radioId).ToPacket(),
                     0,
                     InetSocketAddress(ap->ip, ap->dataPort));
    return true;
}

bool
AcDataChannel::SendManagement(Mac48Address apMac,
                              uint8_t radioId,
                              uint8_t subtype,
                              Mac48Address bssid,
                              Mac48Address station,
                              const std::vector<uint8_t>& body)
{
    const ApEntry* ap = m_aps->FindByMac(apMac);
    if (!ap || ap->state != ApSessionState::RUN)
    {
        Drop(Create<Packet>(body.data(), body.size()),
             "management frame for a station of an AP that is not joined");
        return false;
    }
    Dot11MgmtBodyFrame frame(subtype, station, bssid, bssid, body);
    frame.SetSequenceNumber(m_sequenceNumber);
    m_sequenceNumber = (m_sequenceNumber + 1) % 4096;
    m_socket->SendTo(
        CapwapDataMessage::CreateIeee80211Frame(frame.Encode(m_swapFrameControl), radioId)
            .ToPacket(),
        0,
        InetSocketAddress(ap->ip, ap->dataPort));
    return true;
}

void
AcDataChannel::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC("drop: " << reason);
    if (m_drop)
    {
        m_drop(packet, reason);
    }
}

} // namespace ns3
