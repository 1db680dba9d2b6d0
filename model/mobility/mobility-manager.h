/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_MOBILITY_MANAGER_H
#define WLC_MOBILITY_MANAGER_H

#include "mobility-message.h"

#include "ns3/event-id.h"
#include "ns3/ipv4-address.h"
#include "ns3/mac48-address.h"
#include "ns3/nstime.h"
#include "ns3/object.h"
#include "ns3/traced-callback.h"

#include <array>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ns3
{

class Node;
class Socket;

/**
 * \ingroup wlc
 * A member of a controller's mobility group (`config mobility group member add`).
 */
struct MobilityMember
{
    Ipv4Address ip;              //!< management address
    Mac48Address mac;            //!< management MAC
    std::string name;            //!< controller name (for the CLI)
    std::string group;           //!< mobility group name
    bool up{false};              //!< answers keep-alives
    uint32_t missed{0};          //!< keep-alives unanswered in a row
    Time lastHeard{Seconds(-1)}; //!< last valid message from it
};

/**
 * \ingroup wlc
 * The mobility protocol engine of a controller: UDP 16666 on the management interface, the
 * members of its mobility group, their keep-alives, and the exchanges that move a client between
 * controllers (MobileAnnounce, MobileHandoff and its acknowledgement, MobileAnchorUpdate,
 * MobileClientDelete), with retransmission and a processing delay per received message.
 *
 * Messages from an address that is not a member, or with another group id, are dropped and
 * counted. Decisions about clients are the controller's: the manager calls back into it.
 */
class MobilityManager : public Object
{
  public:
    /// What the controller answers to a MobileAnnounce.
    struct AnnounceReply
    {
        bool answer{false};              //!< false: the client is not attached here, stay silent
        MobileHandoffBody body;          //!< the client's context, when answering
        Ipv4Address mobileIp;            //!< the client's address, for the header
        Ipv4Address vlanIp;              //!< our address on the client's VLAN, for the header
        Ipv4Mask vlanMask;               //!< its mask
        std::function<void()> afterSend; //!< run once the handoff was sent (may be empty)
    };

    /// Called back when a peer announces a client. \param from the peer \param message it
    using AnnounceHandler = std::function<AnnounceReply(Ipv4Address, const MobilityMessage&)>;
    /// Called back with a handoff for a client announced here. \return true to accept it
    using HandoffHandler = std::function<bool(Ipv4Address, const MobilityMessage&)>;
    /// Called back when a handoff we sent was acknowledged (true) or never was (false).
    using HandoffDoneHandler = std::function<void(Mac48Address, Ipv4Address, bool)>;
    /// Called back when no member answered an announce. \param client the client
    using AnnounceTimeoutHandler = std::function<void(Mac48Address)>;
    /// Called back with an anchor update. \return true if the client is anchored here
    using AnchorUpdateHandler = std::function<bool(Ipv4Address, const MobilityMessage&)>;
    /// Called back when an anchor update we sent was acknowledged (true) or never was (false).
    using AnchorUpdateDoneHandler = std::function<void(Mac48Address, bool)>;
    /// Called back with a client delete from a peer.
    using ClientDeleteHandler = std::function<void(Ipv4Address, const MobilityMessage&)>;
    /// Called back with a PMK update from a peer.
    using PmkUpdateHandler = std::function<void(Ipv4Address, const MobilityMessage&)>;

    /**
     * Signature of the DebugLine trace.
     * \param task the controller task that prints it ("mmListen", "apfReceiveTask", ...)
     * \param line one `debug mobility handoff` line, without the task and timestamp prefix
     */
    using DebugTracedCallback = void (*)(const std::string& task, const std::string& line);
    /**
     * Signature of the MemberStateChanged trace.
     * \param member the member's address \param up its new state
     */
    using MemberTracedCallback = void (*)(Ipv4Address member, bool up);
    /**
     * Signature of the Drop trace.
     * \param packet what was dropped \param reason why
     */
    using DropTracedCallback = void (*)(Ptr<const Packet> packet, const std::string& reason);

    /// \return the TypeId
    static TypeId GetTypeId();
    MobilityManager();
    ~MobilityManager() override;
    MobilityManager(const MobilityManager&) = delete;
    MobilityManager& operator=(const MobilityManager&) = delete;

    /**
     * Configure the group (before Start).
     * \param name the mobility group name
     * \param groupId its 16-byte id
     */
    void SetGroup(const std::string& name, const std::array<uint8_t, 16>& groupId);
    /// \param member a member of the group (not this controller)
    void AddMember(const MobilityMember& member);
    /**
     * Open UDP 16666 and start the keep-alives.
     * \param node the controller's node
     * \param address its management address
     * \param mac its management MAC
     * \param name its name (for the debug lines' task names)
     */
    void Start(Ptr<Node> node, Ipv4Address address, Mac48Address mac, const std::string& name);
    /// Close the socket and stop every timer.
    void Stop();

    /// \param handler decides announces
    void SetAnnounceHandler(AnnounceHandler handler);
    /// \param handler takes handoffs
    void SetHandoffHandler(HandoffHandler handler);
    /// \param handler told when a handoff we sent is done
    void SetHandoffDoneHandler(HandoffDoneHandler handler);
    /// \param handler told when an announce went unanswered
    void SetAnnounceTimeoutHandler(AnnounceTimeoutHandler handler);
    /// \param handler takes anchor updates
    void SetAnchorUpdateHandler(AnchorUpdateHandler handler);
    /// \param handler told when an anchor update we sent is done
    void SetAnchorUpdateDoneHandler(AnchorUpdateDoneHandler handler);
    /// \param handler takes client deletes
    void SetClientDeleteHandler(ClientDeleteHandler handler);
    /// \param handler takes PMK updates
    void SetPmkUpdateHandler(PmkUpdateHandler handler);
    /// \param handler told of MobileFtKeyUpdate messages (same signature as PmkUpdateHandler)
    void SetFtKeyUpdateHandler(PmkUpdateHandler handler);
    /**
     * Give a client's PMK to every member (MobilePmkUpdate, not acknowledged).
     * \param client the client \param ip its address (0.0.0.0 before DHCP)
     * \param body the PMK, lifetime and identity (the sender fields are filled in)
     * \return the number of members it was sent to
     */
    uint32_t SendPmkUpdate(Mac48Address client, Ipv4Address ip, const MobilePmkUpdateBody& body);
    /**
     * Give a client's 802.11r PMK-R0 to every member (MobileFtKeyUpdate, not acknowledged).
     * \param client the client \param ip its address (may be 0.0.0.0)
     * \param body the keys (the sender fields are filled in)
     * \return the number of members it went to
     */
    uint32_t SendFtKeyUpdate(Mac48Address client,
                             Ipv4Address ip,
                             const MobileFtKeyUpdateBody& body);

    /**
     * Announce a client to every member (MobileAnnounce), retransmitted until a member hands
     * the client off or the retries run out (then the announce timeout handler is called).
     * \param client the client
     * \param body what the announce says about it
     * \param vlanIp our address on the VLAN of the client's WLAN (the header's VLAN IP)
     * \param vlanMask its mask
     * \return false if the group has no member to ask (nothing sent)
     */
    bool Announce(Mac48Address client,
                  const MobileAnnounceBody& body,
                  Ipv4Address vlanIp,
                  Ipv4Mask vlanMask);
    /// \param client a client \return whether an announce for it is waiting for an answer
    bool IsAnnouncing(Mac48Address client) const;
    /**
     * Tell a client's anchor that the client is now at this controller (MobileAnchorUpdate).
     * \param anchor the anchor \param client the client \param ip its address
     * \param moveCount its move count
     */
    void SendAnchorUpdate(Ipv4Address anchor,
                          Mac48Address client,
                          Ipv4Address ip,
                          uint32_t moveCount);
    /**
     * Tell a peer to drop a client (MobileClientDelete).
     * \param peer the peer \param client the client \param ip its address \param reason a code
     */
    void SendClientDelete(Ipv4Address peer, Mac48Address client, Ipv4Address ip, uint8_t reason);

    /**
     * Emit a `debug mobility handoff` line (DebugLine trace, NS_LOG_INFO).
     * \param task the task printing it, as AireOS names it
     * \param line the line, without the task and timestamp prefix
     */
    void Log(const std::string& task, const std::string& line);
    /// \return the group name
    const std::string& GetGroupName() const;
    /// \return the group id
    const std::array<uint8_t, 16>& GetGroupId() const;
    /// \return the members
    const std::map<Ipv4Address, MobilityMember>& GetMembers() const;
    /// \param ip an address \return whether it is a member that is up
    bool IsMemberUp(Ipv4Address ip) const;
    /// \return messages dropped, by reason
    const std::map<std::string, uint64_t>& GetDrops() const;
    /// \return `show mobility summary`
    std::string ShowSummary() const;

  protected:
    void DoDispose() override;

  private:
    /// One exchange waiting for an answer.
    struct Pending
    {
        MobilityMessage message;     //!< what was sent
        std::vector<Ipv4Address> to; //!< where
        uint32_t tries{0};           //!< transmissions so far
        EventId timer;               //!< retransmission
    };

    /// A datagram arrived. \param socket the socket
    void Receive(Ptr<Socket> socket);
    /// Handle a valid message after the processing delay.
    void Handle(Ipv4Address from, MobilityMessage message);
    /// Answer an announce. \param from the peer \param message the announce
    void HandleAnnounce(Ipv4Address from, const MobilityMessage& message);
    /// Take a handoff. \param from the peer \param message the handoff
    void HandleHandoff(Ipv4Address from, const MobilityMessage& message);
    /// Install a handoff taken by HandleHandoff (ours) and acknowledge it; acknowledge a copy of
    /// one already taken (duplicate) again; refuse any other. \param from the peer \param
    /// message the handoff \param ours answers our pending announce \param duplicate a copy
    void CompleteHandoff(Ipv4Address from, MobilityMessage message, bool ours, bool duplicate);
    /// Send a message, logging it. \param to the peer \param message the message
    void SendTo(Ipv4Address to, const MobilityMessage& message);
    /// (Re)transmit a pending exchange. \param key its key
    void Transmit(uint64_t key);
    /// Send keep-alives and check the members.
    void KeepAlive();
    /// \param type a message type \param client the client \param ip its address
    /// \return a message with our header filled
    MobilityMessage NewMessage(MobilityMessageType type, Mac48Address client, Ipv4Address ip);
    /// \param type an exchange's type \param xid its transaction \return its key
    static uint64_t Key(MobilityMessageType type, uint32_t xid);
    /// Emit the debug lines of a message. \param sent direction \param peer the peer
    /// \param message the message
    void Debug(bool sent, Ipv4Address peer, const MobilityMessage& message);
    /// Emit one debug line of the mobility listener. \param line the line
    void DebugLine(const std::string& line);
    /// Count and trace a drop.
    void Drop(Ptr<const Packet> packet, const std::string& reason);

    std::string m_groupName{"default"};              //!< group name
    std::array<uint8_t, 16> m_groupId{};             //!< group id
    std::map<Ipv4Address, MobilityMember> m_members; //!< other members, by address
    Ptr<Node> m_node;                                //!< the controller's node
    Ipv4Address m_address;                           //!< management address
    Mac48Address m_mac;                              //!< management MAC
    std::string m_name;                              //!< controller name
    Ptr<Socket> m_socket;                            //!< UDP 16666
    uint16_t m_port{16666};                          //!< the port
    Time m_retransmitInterval;                       //!< retransmission interval
    uint32_t m_maxRetransmit{2};                     //!< retransmissions per exchange
    Time m_processingDelay;                          //!< per received message
    Time m_handoffSetupDelay;              //!< installing a handed-off client before the ack
    Time m_keepAliveInterval;              //!< keep-alive interval
    uint32_t m_keepAliveCount{3};          //!< misses before a member is down
    uint32_t m_nextXid{1};                 //!< next transaction id
    uint32_t m_sequence{1};                //!< next sequence number
    std::map<uint64_t, Pending> m_pending; //!< exchanges waiting for an answer
    std::map<Mac48Address, uint64_t> m_announcing;    //!< client -> its announce
    std::map<Mac48Address, uint32_t> m_takenHandoffs; //!< client -> xid of the handoff taken
    EventId m_keepAliveTimer;                         //!< next keep-alives
    std::map<std::string, uint64_t> m_drops;          //!< drops by reason
    AnnounceHandler m_onAnnounce;                     //!< to the controller
    HandoffHandler m_onHandoff;                       //!< to the controller
    HandoffDoneHandler m_onHandoffDone;               //!< to the controller
    AnnounceTimeoutHandler m_onAnnounceTimeout;       //!< to the controller
    AnchorUpdateHandler m_onAnchorUpdate;             //!< to the controller
    AnchorUpdateDoneHandler m_onAnchorUpdateDone;     //!< to the controller
    ClientDeleteHandler m_onClientDelete;             //!< to the controller
    /**
     * Send a message to every member.
     * \param client the client \param ip its address \param body the body (sender fields are
     * filled in) \param create the message factory \return the number of members
     */
    template <typename Body>
    uint32_t SendToGroup(Mac48Address client,
                         Ipv4Address ip,
                         Body body,
                         MobilityMessage (*create)(const MobilityHeader&, const Body&));

    PmkUpdateHandler m_onPmkUpdate;                                      //!< to the controller
    PmkUpdateHandler m_onFtKeyUpdate;                                    //!< to the controller
    TracedCallback<const std::string&, const std::string&> m_debugTrace; //!< debug lines
    TracedCallback<Ipv4Address, bool> m_memberTrace;                     //!< member up/down
    TracedCallback<Ptr<const Packet>, const std::string&> m_dropTrace;   //!< drops
};

} // namespace ns3

#endif /* WLC_MOBILITY_MANAGER_H */
