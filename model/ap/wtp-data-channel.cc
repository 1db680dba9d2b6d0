/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wtp-data-channel.h"

#include "ns3/byte-reader.h"
#include "ns3/byte-writer.h"
#include "ns3/capwap-data-message.h"
#include "ns3/dot11-data-frame.h"
#include "ns3/dot11-mgmt-body-frame.h"
#include "ns3/inet-socket-address.h"
#include "ns3/log.h"
#include "ns3/node.h"
#include "ns3/packet.h"
#include "ns3/simulator.h"
#include "ns3/socket.h"
#include "ns3/udp-socket-factory.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WtpDataChannel");
NS_OBJECT_ENSURE_REGISTERED(WtpDataChannel);

TypeId
WtpDataChannel::GetTypeId()
{
    static TypeId tid = TypeId("ns3::WtpDataChannel")
                            .SetParent<Object>()
                            .SetGroupName("Wlc")
                            .AddConstructor<WtpDataChannel>();
    return tid;
}

WtpDataChannel::WtpDataChannel()
{
    NS_LOG_FUNCTION(this);
}

WtpDataChannel::~WtpDataChannel()
{
    NS_LOG_FUNCTION(this);
}

void
WtpDataChannel::DoDispose()
{
    m_keepAliveTimer.Cancel();
    m_deadTimer.Cancel();
    m_radio = nullptr;
    m_socket = nullptr;
    m_onUp = nullptr;
    m_onDead = nullptr;
    m_onDrop = nullptr;
    Object::DoDispose();
}

void
WtpDataChannel::Open(Ptr<Node> node,
                     Ipv4Address address,
                     Ptr<WtpRadio> radio,
                     bool swapFrameControl)
{
    NS_LOG_FUNCTION(this << node << address);
    m_radio = radio;
    m_swapFrameControl = swapFrameControl;
    radio->SetAssociationCallback(MakeCallback(&WtpDataChannel::StationAssociated, this));
    radio->SetDisassociationCallback(MakeCallback(&WtpDataChannel::StationDisassociated, this));
    radio->SetFrameCallback(MakeCallback(&WtpDataChannel::FromStation, this));
    radio->SetAuthenticationCallback(
        MakeCallback(&WtpDataChannel::AuthenticationFromStation, this));
    m_socket = Socket::CreateSocket(node, UdpSocketFactory::GetTypeId());
    m_socket->Bind(InetSocketAddress(address, 0));
    m_socket->SetRecvCallback(MakeCallback(&WtpDataChannel::Receive, this));
}

void
WtpDataChannel::Close()
{
    Stop();
    if (m_socket)
    {
        m_socket->Close();
    }
}

void
WtpDataChannel::SetDropFunction(DropFunction drop)
{
    m_onDrop = std::move(drop);
}

void
WtpDataChannel::Start(Ipv4Address controller,
                      const std::array<uint8_t, 16>& sessionId,
                      Time keepAlive,
                      Time dead,
                      std::function<void()> up,
                      DeadFunction dead_)
{
    NS_LOG_FUNCTION(this << controller);
    m_controller = controller;
    m_sessionId = sessionId;
    m_keepAliveInterval = keepAlive;
    m_deadInterval = dead;
    m_onUp = std::move(up);
    m_onDead = std::move(dead_);
    m_running = true;
    m_up = false;
    SendKeepAlive();
}

void
WtpDataChannel::Stop()
{
    m_running = false;
    m_up = false;
    m_keepAliveTimer.Cancel();
    m_deadTimer.Cancel();
    m_stations.clear();
}

bool
WtpDataChannel::IsUp() const
{
    return m_up;
}

void
WtpDataChannel::AddStation(Mac48Address station)
{
    m_stations.insert(station);
}

bool
WtpDataChannel::DeleteStation(Mac48Address station)
{
    return m_stations.erase(station) > 0;
}

const std::set<Mac48Address>&
WtpDataChannel::GetStations() const
{
    return m_stations;
}

void
WtpDataChannel::SendKeepAlive()
{
    CapwapSessionIdElement session;
    session.sessionId = m_sessionId;
    m_socket->SendTo(CapwapDataMessage::CreateKeepAlive(session).ToPacket(),
                     0,
                     InetSocketAddress(m_controller, capwap::DATA_PORT));
    m_keepAliveTimer =
        Simulator::Schedule(m_keepAliveInterval, &WtpDataChannel::SendKeepAlive, this);
}

void
WtpDataChannel::Receive(Ptr<Socket> socket)
{
    Address from;
    Ptr<Packet> packet;
    while ((packet = socket->RecvFrom(from)))
    {
        if (!m_running || InetSocketAddress::ConvertFrom(from).GetIpv4() != m_controller)
        {
            Drop(packet, "data channel packet from a controller we have no session with");
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
            if (!message.GetSessionId(session, why) || session.sessionId != m_sessionId)
            {
                Drop(packet, "keep-alive without our Session ID");
                continue;
            }
            m_deadTimer.Cancel();
            m_deadTimer = Simulator::Schedule(m_deadInterval, [this]() {
                if (m_onDead)
                {
                    m_onDead("no data channel keep-alive for DataChannelDeadInterval");
                }
            });
            if (!m_up)
            {
                m_up = true;
                if (m_onUp)
                {
                    m_onUp();
                }
            }
            continue;
        }
        ByteReader peek(message.GetPayload());
        Dot11FrameControl frameControl;
        if (Dot11FrameControl::Peek(peek, m_swapFrameControl, frameControl) &&
            frameControl.type == Dot11FrameControl::TYPE_MANAGEMENT)
        {
            ManagementFromController(packet, message.GetPayload());
            continue;
        }
        ByteReader reader(message.GetPayload());
        Dot11DataFrame frame;
        if (!Dot11DataFrame::Decode(reader, m_swapFrameControl, frame, why))
        {
            Drop(packet, "tunnelled frame is not a valid 802.11 data frame: " + why);
            continue;
        }
        Mac48Address destination = frame.GetDestination();
        if (!destination.IsGroup() && m_stations.count(destination) == 0)
        {
            Drop(packet, "frame for a station the controller did not add");
            continue;
        }
        const std::vector<uint8_t>& payload = frame.GetPayload();
        m_radio->Transmit(Create<Packet>(payload.data(), payload.size()),
                          frame.GetSource(),
                          destination,
                          frame.GetEtherType());
    }
}

void
WtpDataChannel::StationAssociated(Mac48Address station, uint16_t aid, std::vector<uint8_t> request)
{
    NS_LOG_FUNCTION(this << station << aid);
    if (!m_up)
    {
        return;
    }
    if (request.empty())
    {
        Drop(Create<Packet>(), "association without a captured (Re)Association Request");
        return;
    }
    // Local MAC: the (Re)Association Request goes to the controller as the station sent it,
    // with the Frame Control field in the data channel's byte order
    if (m_swapFrameControl && request.size() >= 2)
    {
        std::swap(request[0], request[1]);
    }
    SendToController(request);
}

void
WtpDataChannel::ManagementFromController(Ptr<const Packet> packet,
                                         const std::vector<uint8_t>& bytes)
{
    Dot11MgmtBodyFrame frame;
    std::string why;
    if (!Dot11MgmtBodyFrame::Decode(bytes, m_swapFrameControl, frame, why))
    {
        Drop(packet, "tunnelled management frame not valid: " + why);
        return;
    }
    if (frame.GetSource() != m_radio->GetBssid() || frame.GetDestination().IsGroup())
    {
        Drop(packet, "tunnelled management frame not from this BSS to a station");
        return;
    }
    uint8_t subtype = frame.GetSubtype();
    if (subtype != Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION &&
        subtype != Dot11MgmtBodyFrame::SUBTYPE_REASSOC_RESPONSE)
    {
        Drop(packet,
             "tunnelled management frame of subtype " + std::to_string(subtype) +
                 " not handled by a Local MAC AP");
        return;
    }
    bool authentication = subtype == Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION;
    const std::string name = authentication ? "Authentication frame" : "Reassociation Response";
    std::vector<uint8_t> elements;
    if (!Dot11MgmtBodyFrame::ElementsOf(subtype, frame.GetBody(), elements))
    {
        Drop(packet, name + " shorter than its fixed fields");
        return;
    }
    if (!Dot11MgmtBodyFrame::CheckElements(elements, why))
    {
        Drop(packet, name + " with malformed elements: " + why);
        return;
    }
    if (authentication)
    {
        // the AP puts the body on the air as it is: its fixed fields and whole elements
        if (!m_radio->SendAuthentication(frame.GetDestination(), frame.GetBody()))
        {
            Drop(packet, "Authentication frame for a radio that cannot send one");
        }
        return;
    }
    // Local MAC: the controller's Reassociation Response supplies the elements only (after
    // Capability Information, Status Code and AID); the AP's MAC answers the request itself
    m_radio->SetReassociationElements(frame.GetDestination(), std::move(elements));
}

void
WtpDataChannel::AuthenticationFromStation(Mac48Address station, std::vector<uint8_t> body)
{
    NS_LOG_FUNCTION(this << station << body.size());
    if (!m_up)
    {
        Drop(Create<Packet>(body.data(), body.size()), "no session with a controller");
        return;
    }
    Mac48Address bssid = m_radio->GetBssid();
    Dot11MgmtBodyFrame frame(Dot11MgmtBodyFrame::SUBTYPE_AUTHENTICATION,
                             bssid,
                             station,
                             bssid,
                             std::move(body));
    frame.SetSequenceNumber(m_sequenceNumber);
    m_sequenceNumber = (m_sequenceNumber + 1) % 4096;
    SendToController(frame.Encode(m_swapFrameControl));
}

void
WtpDataChannel::StationDisassociated(Mac48Address station)
{
    NS_LOG_FUNCTION(this << station);
    m_stations.erase(station);
}

void
WtpDataChannel::FromStation(Ptr<const Packet> payload,
                            Mac48Address source,
                            Mac48Address destination,
                            uint16_t etherType)
{
    if (!m_up)
    {
        Drop(payload, "no session with a controller");
        return;
    }
    if (m_stations.count(source) == 0)
    {
        Drop(payload, "frame from a station the controller did not add");
        return;
    }
    Dot11DataFrame frame = Dot11DataFrame::MakeUplink(m_radio->GetBssid(),
                                                      source,
                                                      destination,
                                                      etherType,
                                                      ByteReader::PacketBytes(payload));
    frame.SetSequenceNumber(m_sequenceNumber);
    m_sequenceNumber = (m_sequenceNumber + 1) % 4096;
    ByteWriter writer;
    frame.Encode(writer, m_swapFrameControl);
    SendToController(writer.GetBytes());
}

void
WtpDataChannel::SendToController(const std::vector<uint8_t>& frame)
{
    m_socket->SendTo(
        CapwapDataMessage::CreateIeee80211Frame(frame, m_radio->GetRadioId()).ToPacket(),
        0,
        InetSocketAddress(m_controller, capwap::DATA_PORT));
}

void
WtpDataChannel::Drop(Ptr<const Packet> packet, const std::string& reason)
{
    NS_LOG_LOGIC("drop: " << reason);
    if (m_onDrop)
    {
        m_onDrop(packet, reason);
    }
}

} // namespace ns3
